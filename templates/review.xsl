<?xml version="1.0" encoding="UTF-8"?>
<!--
  review.xsl: the year's review (年度总结) of `dubao archive`, from the
  year's model (doc/model.md, "The year's model": a <yearbook> of every
  issue's <report>, oldest first) to a layout document (doc/layout.md):
  the front matter of the compiled bulletins (督办通报汇编).  All of the
  review's wording is here; dates, percentages, lights and counts are
  worded by common.xsl's named templates, so that they read as in the
  bulletins, and the trend chart is charts.xsl's.

  Parameters (strings), the same as the bulletins':
    date    the review's date (cover): YYYY-MM-DD or words
            (2025年12月31日); default: the last issue's as-of date
    issuer  the issuing office; default: the plan's issuer

  Order: the cover, the contents (目　录), then on a new page the title
  and the year's summary:
    一、总体情况        the plan at the last issue, the issues of the year,
                        the change since the first issue, reporting
    二、各类别完成情况  a table per category: projects, completion at the
                        first and the last issue, expected progress, light,
                        change over the year; the categories in words
    三、全年推进走势    the whole plan and each category across the issues
                        (the bulletins' trend chart, in parts that flow
                        down the pages)
    四、未完成事项      every item of the last issue not done, by light
                        (red, yellow, green, no data), each with its lead
                        unit, figures and what its units reported
    五、各期通报情况    a table of the issues; their bulletins follow
  then an empty <chapter issue="AS-OF"/> per issue, oldest first, which
  dubao fills with that issue's bulletin.

  "The first issue" and "the last issue" are the first and the last
  <report> of the yearbook; the year's state is the last's.  "Items"
  (事项) are what is reported: tasks, and projects without tasks.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="charts.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="date"/>
  <xsl:param name="issuer"/>

  <!-- ================================================================
       Values used throughout
       ================================================================ -->

  <!-- A category, an item, a category's history points, by id in every
       report of the yearbook; the first report's are those whose report
       has none before it, the last report's those whose report has none
       after it. -->
  <xsl:key name="cat" match="report/category" use="@id"/>
  <xsl:key name="item" match="project | task" use="@id"/>
  <xsl:key name="hist" match="history/point/category" use="@ref"/>

  <xsl:variable name="reports" select="/yearbook/report"/>
  <xsl:variable name="first" select="$reports[1]"/>
  <xsl:variable name="last" select="$reports[last()]"/>
  <xsl:variable name="n-issues" select="count($reports)"/>
  <!-- Whether there is a first issue other than the last to compare. -->
  <xsl:variable name="several" select="$n-issues &gt; 1"/>

  <!-- The items (leaves) of the last issue, and those not done. -->
  <xsl:variable name="leaves" select="$last//project[not(task)] | $last//task"/>
  <xsl:variable name="open" select="$leaves[@light != 'done']"/>
  <xsl:variable name="open-red" select="$open[@light = 'red']"/>
  <xsl:variable name="open-yellow" select="$open[@light = 'yellow']"/>
  <xsl:variable name="open-green" select="$open[@light = 'green']"/>
  <xsl:variable name="open-grey" select="$open[@light = 'grey']"/>

  <xsl:variable name="the-issuer">
    <xsl:call-template name="issuer-words">
      <xsl:with-param name="issuer" select="$issuer"/>
      <xsl:with-param name="report" select="$last"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:variable name="the-date">
    <xsl:call-template name="report-date">
      <xsl:with-param name="date" select="$date"/>
      <xsl:with-param name="report" select="$last"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- 2025年大连市重点民生实事项目 -->
  <xsl:variable name="plan-name">
    <xsl:call-template name="plan-name">
      <xsl:with-param name="report" select="$last"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- …项目共35个 / …计划共40个项目 -->
  <xsl:variable name="projects-word">
    <xsl:if test="substring($plan-name, string-length($plan-name) - 1) != '项目'">项目</xsl:if>
  </xsl:variable>

  <xsl:variable name="as-of-long">
    <xsl:call-template name="date-long">
      <xsl:with-param name="date" select="$last/issue/@as-of"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- 第6期 (or the as-of date, for an issue without a number) -->
  <xsl:variable name="last-label">
    <xsl:call-template name="issue-label">
      <xsl:with-param name="report" select="$last"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="first-label">
    <xsl:call-template name="issue-label">
      <xsl:with-param name="report" select="$first"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- 第5期（截至2025年5月31日） -->
  <xsl:variable name="first-words">
    <xsl:value-of select="$first-label"/>
    <xsl:if test="$first/issue/@number">
      <xsl:text>（截至</xsl:text>
      <xsl:call-template name="date-long">
        <xsl:with-param name="date" select="$first/issue/@as-of"/>
      </xsl:call-template>
      <xsl:text>）</xsl:text>
    </xsl:if>
  </xsl:variable>

  <!-- （有子任务的项目按子任务计）, when there are tasks. -->
  <xsl:variable name="task-note">
    <xsl:if test="$last//task">（有子任务的项目按子任务计）</xsl:if>
  </xsl:variable>

  <!-- The cover's title: 2025年大连市重点民生实事项目督办通报汇编 -->
  <xsl:variable name="book-title" select="concat($plan-name, '督办通报汇编')"/>

  <!-- ================================================================
       The document
       ================================================================ -->

  <xsl:template match="/">
    <xsl:if test="not(/yearbook/report)">
      <xsl:message terminate="yes">review.xsl reads the year's model, a &lt;yearbook&gt; of reports (dubao archive --model DIR)</xsl:message>
    </xsl:if>
    <document title="{$book-title}" subject="重点民生实事督办通报汇编">
      <xsl:if test="$the-issuer != ''">
        <xsl:attribute name="author"><xsl:value-of select="$the-issuer"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="keywords">
        <xsl:value-of select="concat('重点民生实事, 督办通报, 年度总结, ', $last/plan/@year)"/>
      </xsl:attribute>

      <!-- The plan's name and 督办通报汇编 on lines of their own. -->
      <cover subtitle="年度总结" date="{$the-date}">
        <xsl:if test="$the-issuer != ''">
          <xsl:attribute name="issuer"><xsl:value-of select="$the-issuer"/></xsl:attribute>
        </xsl:if>
        <xsl:value-of select="$plan-name"/>
        <br/>
        <xsl:text>督办通报汇编</xsl:text>
      </cover>
      <toc title="目　录"/>
      <pagebreak/>

      <title>
        <xsl:value-of select="$plan-name"/>
        <br/>
        <xsl:text>年度推进情况总结</xsl:text>
      </title>
      <para>
        <xsl:value-of select="concat('现将', $plan-name, '截至', $as-of-long,
            '的推进情况总结如下，')"/>
        <xsl:choose>
          <xsl:when test="$several">
            <xsl:value-of select="concat('并将本年度', $n-issues, '期督办通报按期次汇编于后。')"/>
          </xsl:when>
          <xsl:otherwise>并将本年度督办通报附后。</xsl:otherwise>
        </xsl:choose>
      </para>

      <xsl:call-template name="section-overall"/>
      <xsl:call-template name="section-categories"/>
      <xsl:call-template name="section-trend"/>
      <xsl:call-template name="section-open"/>
      <xsl:call-template name="section-issues"/>

      <!-- Each issue's bulletin, as a chapter dubao fills. -->
      <xsl:for-each select="$reports">
        <chapter issue="{issue/@as-of}">
          <xsl:attribute name="title">
            <xsl:call-template name="chapter-title"/>
          </xsl:attribute>
        </chapter>
      </xsl:for-each>
    </document>
  </xsl:template>

  <!-- ================================================================
       一、总体情况
       ================================================================ -->

  <xsl:template name="section-overall">
    <xsl:variable name="s" select="$last/summary"/>
    <xsl:variable name="pc" select="$s/counts[@of = 'projects']"/>
    <xsl:variable name="tc" select="$s/counts[@of = 'tasks']"/>
    <heading level="1">一、总体情况</heading>

    <!-- The projects by light, the plan's completion. -->
    <para>
      <xsl:value-of select="concat('截至', $as-of-long)"/>
      <xsl:if test="$last/issue/@number">
        <xsl:value-of select="concat('（', $last-label, '通报）')"/>
      </xsl:if>
      <xsl:value-of select="concat('，', $plan-name, '共', $pc/@total, '个', $projects-word)"/>
      <xsl:variable name="parts">
        <xsl:call-template name="counts-words">
          <xsl:with-param name="counts" select="$pc"/>
          <xsl:with-param name="measure" select="'个'"/>
          <xsl:with-param name="lights" select="true()"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$pc/@done = $pc/@total">，已全部完成</xsl:when>
        <xsl:when test="$parts != ''">
          <xsl:value-of select="concat('，其中', $parts)"/>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="$pc/@partly-reported &gt; 0">
        <xsl:value-of select="concat('；另有', $pc/@partly-reported, '个项目部分子任务未报送')"/>
      </xsl:if>
      <xsl:text>。</xsl:text>
      <xsl:choose>
        <xsl:when test="$s/@completion">
          <xsl:text>项目总体完成率</xsl:text>
          <xsl:call-template name="percent">
            <xsl:with-param name="value" select="$s/@completion"/>
          </xsl:call-template>
          <xsl:if test="$s/@expected">
            <xsl:text>，序时进度</xsl:text>
            <xsl:call-template name="percent">
              <xsl:with-param name="value" select="$s/@expected"/>
            </xsl:call-template>
            <xsl:text>，</xsl:text>
            <xsl:call-template name="gap-words">
              <xsl:with-param name="completion" select="$s/@completion"/>
              <xsl:with-param name="expected" select="$s/@expected"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:text>。</xsl:text>
        </xsl:when>
        <xsl:otherwise>各项目暂无完成率数据，总体完成率无法测算。</xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$tc/@total &gt; 0">
        <xsl:value-of select="concat('项目中含子任务', $tc/@total, '项（分属',
            count($last/category/project[task]), '个项目）')"/>
        <xsl:variable name="tparts">
          <xsl:call-template name="counts-words">
            <xsl:with-param name="counts" select="$tc"/>
            <xsl:with-param name="measure" select="'项'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:if test="$tparts != ''">
          <xsl:value-of select="concat('，其中', $tparts)"/>
        </xsl:if>
        <xsl:text>。</xsl:text>
      </xsl:if>
    </para>

    <!-- The issues of the year, and the change since the first. -->
    <para>
      <xsl:value-of select="concat('本年度共编发督办通报', $n-issues, '期')"/>
      <xsl:call-template name="issue-range"/>
      <xsl:choose>
        <xsl:when test="$several">
          <xsl:text>，分别截至</xsl:text>
          <xsl:for-each select="$reports">
            <xsl:if test="position() &gt; 1">、</xsl:if>
            <xsl:choose>
              <xsl:when test="position() = 1">
                <xsl:call-template name="date-long">
                  <xsl:with-param name="date" select="issue/@as-of"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="date-short">
                  <xsl:with-param name="date" select="issue/@as-of"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
          <xsl:text>。</xsl:text>
          <xsl:call-template name="since-first"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="concat('，截至', $as-of-long, '。')"/>
        </xsl:otherwise>
      </xsl:choose>
    </para>

    <!-- Reporting: at the last issue, and over the year. -->
    <xsl:variable name="unreported" select="$leaves[@reported = 'no']"/>
    <!-- (child steps: $reports//… takes time with the square of the
         yearbook's size in libxml2) -->
    <xsl:variable name="all-unreported" select="count($reports/category/project[not(task)]
        [@reported = 'no']) + count($reports/category/project/task[@reported = 'no'])"/>
    <para>
      <xsl:value-of select="concat($last-label, '应报送进度的事项', count($leaves), '项', $task-note)"/>
      <xsl:choose>
        <xsl:when test="not($unreported)">，均已按时报送</xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="concat('，已报送', count($leaves) - count($unreported),
              '项，未报送', count($unreported), '项')"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$several">
        <xsl:choose>
          <xsl:when test="$all-unreported = 0">；全年各期均无未报送事项</xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat('；全年各期累计未报送', $all-unreported, '项次')"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <xsl:text>。</xsl:text>
    </para>
  </xsl:template>

  <!-- （第5期、第6期） / （第1期至第12期） / （第6期） -->
  <xsl:template name="issue-range">
    <xsl:variable name="numbered" select="count($reports[issue/@number]) = $n-issues"/>
    <xsl:if test="$numbered">
      <xsl:text>（</xsl:text>
      <xsl:choose>
        <xsl:when test="$n-issues &gt; 2 and $last/issue/@number - $first/issue/@number + 1 = $n-issues">
          <xsl:value-of select="concat($first-label, '至', $last-label)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="$reports">
            <xsl:if test="position() &gt; 1">、</xsl:if>
            <xsl:value-of select="concat('第', issue/@number, '期')"/>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text>）</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- 与第5期（截至2025年5月31日）相比，总体完成率由61.88%提高到
       70.42%，提高8.54个百分点；已完成项目由5个增加到8个；… -->
  <xsl:template name="since-first">
    <xsl:variable name="f" select="$first/summary"/>
    <xsl:variable name="l" select="$last/summary"/>
    <xsl:variable name="fc" select="$f/counts[@of = 'projects']"/>
    <xsl:variable name="lc" select="$l/counts[@of = 'projects']"/>
    <xsl:value-of select="concat('与', $first-words, '相比')"/>
    <xsl:choose>
      <xsl:when test="$f/@completion and $l/@completion">
        <xsl:text>，总体完成率由</xsl:text>
        <xsl:call-template name="percent">
          <xsl:with-param name="value" select="$f/@completion"/>
        </xsl:call-template>
        <xsl:call-template name="change-to">
          <xsl:with-param name="from" select="round($f/@completion * 10000)"/>
          <xsl:with-param name="to" select="round($l/@completion * 10000)"/>
        </xsl:call-template>
        <xsl:call-template name="percent">
          <xsl:with-param name="value" select="$l/@completion"/>
        </xsl:call-template>
        <xsl:if test="round($f/@completion * 10000) != round($l/@completion * 10000)">
          <xsl:text>，</xsl:text>
          <xsl:call-template name="delta-words">
            <xsl:with-param name="value" select="$l/@completion - $f/@completion"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$l/@completion">，总体完成率由无数据变为<xsl:call-template name="percent">
          <xsl:with-param name="value" select="$l/@completion"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
    <xsl:call-template name="count-change">
      <xsl:with-param name="what" select="'已完成项目'"/>
      <xsl:with-param name="from" select="$fc/@done"/>
      <xsl:with-param name="to" select="$lc/@done"/>
    </xsl:call-template>
    <xsl:call-template name="count-change">
      <xsl:with-param name="what" select="'严重滞后（红灯）项目'"/>
      <xsl:with-param name="from" select="$fc/@red"/>
      <xsl:with-param name="to" select="$lc/@red"/>
    </xsl:call-template>
    <xsl:call-template name="count-change">
      <xsl:with-param name="what" select="'进度滞后（黄灯）项目'"/>
      <xsl:with-param name="from" select="$fc/@yellow"/>
      <xsl:with-param name="to" select="$lc/@yellow"/>
    </xsl:call-template>
    <xsl:text>。</xsl:text>
  </xsl:template>

  <!-- 提高到 / 下降到 / 保持在, between two whole numbers -->
  <xsl:template name="change-to">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="$to &gt; $from">提高到</xsl:when>
      <xsl:when test="$to &lt; $from">下降到</xsl:when>
      <xsl:otherwise>保持在</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ；已完成项目由5个增加到8个 / 减少到 / 保持3个 / 均为0: nothing -->
  <xsl:template name="count-change">
    <xsl:param name="what"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="$from = 0 and $to = 0"/>
      <xsl:when test="$to &gt; $from">
        <xsl:value-of select="concat('；', $what, '由', $from, '个增加到', $to, '个')"/>
      </xsl:when>
      <xsl:when test="$to &lt; $from">
        <xsl:value-of select="concat('；', $what, '由', $from, '个减少到', $to, '个')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('；', $what, '保持', $to, '个')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       二、各类别完成情况
       ================================================================ -->

  <xsl:template name="section-categories">
    <heading level="1">二、各类别完成情况</heading>
    <para>
      <xsl:value-of select="concat('截至', $as-of-long, '，', count($last/category),
          '个类别的完成情况如下表')"/>
      <xsl:text>：</xsl:text>
    </para>
    <!-- Widths in points, for the longest usual contents in 12 pt:
         十一、教育惠民项目, 100.00%, 序时进度, ■已完成, +15.41. -->
    <table widths="116,48,54,54,60,56,54">
      <xsl:if test="not($several)">
        <xsl:attribute name="widths">210,56,60,60,56</xsl:attribute>
      </xsl:if>
      <header>
        <cell>类别</cell>
        <cell align="right">项目数</cell>
        <xsl:if test="$several">
          <cell align="right"><xsl:value-of select="$first-label"/><br/>完成率</cell>
          <cell align="right"><xsl:value-of select="$last-label"/><br/>完成率</cell>
        </xsl:if>
        <xsl:if test="not($several)">
          <cell align="right">完成率</cell>
        </xsl:if>
        <cell align="right">序时进度</cell>
        <cell>亮灯</cell>
        <xsl:if test="$several">
          <cell align="right">较<xsl:value-of select="$first-label"/></cell>
        </xsl:if>
      </header>
      <xsl:for-each select="$last/category">
        <xsl:variable name="id" select="@id"/>
        <xsl:call-template name="category-row">
          <xsl:with-param name="label">
            <xsl:if test="@seq"><xsl:value-of select="concat(@seq, '、')"/></xsl:if>
            <xsl:value-of select="@name"/>
          </xsl:with-param>
          <xsl:with-param name="then" select="$first/category[@id = $id]"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="$last/summary">
        <xsl:call-template name="category-row">
          <xsl:with-param name="label" select="'合计'"/>
          <xsl:with-param name="then" select="$first/summary"/>
        </xsl:call-template>
      </xsl:for-each>
    </table>
    <para size="12" indent="0">
      <xsl:text>注：完成率为各项目完成率的加权平均，无完成率数据的项目不计入；序时进度按计划节点或全年均匀推进测算；亮灯：完成全部任务的为“已完成”，</xsl:text>
      <xsl:call-template name="threshold-words">
        <xsl:with-param name="report" select="$last"/>
      </xsl:call-template>
      <xsl:text>，无完成率数据的为“无数据”。</xsl:text>
      <xsl:if test="$several">
        <xsl:value-of select="concat('较', $first-label, '为', $last-label, '完成率较', $first-words,
            '增减的百分点。')"/>
      </xsl:if>
    </para>

    <!-- The categories against the expected progress, as the bulletin
         says it, then what changed over the year. -->
    <xsl:for-each select="$last">
      <xsl:call-template name="categories-words"/>
    </xsl:for-each>
    <xsl:if test="$several">
      <xsl:call-template name="categories-change"/>
    </xsl:if>
  </xsl:template>

  <!-- A row of the table: a category (or the whole plan, the context
       being its summary), then = the same at the first issue. -->
  <xsl:template name="category-row">
    <xsl:param name="label"/>
    <xsl:param name="then"/>
    <row>
      <cell>
        <xsl:choose>
          <xsl:when test="self::summary"><b><xsl:value-of select="$label"/></b></xsl:when>
          <xsl:otherwise><xsl:value-of select="$label"/></xsl:otherwise>
        </xsl:choose>
      </cell>
      <cell align="right"><xsl:value-of select="counts[@of = 'projects']/@total"/></cell>
      <xsl:if test="$several">
        <cell align="right">
          <xsl:call-template name="percent-or-dash">
            <xsl:with-param name="value" select="$then/@completion"/>
          </xsl:call-template>
        </cell>
      </xsl:if>
      <cell align="right">
        <xsl:call-template name="percent-or-dash">
          <xsl:with-param name="value" select="@completion"/>
        </xsl:call-template>
      </cell>
      <cell align="right">
        <xsl:call-template name="percent-or-dash">
          <xsl:with-param name="value" select="@expected"/>
        </xsl:call-template>
      </cell>
      <cell light="{@light}">
        <xsl:call-template name="light-word">
          <xsl:with-param name="light" select="@light"/>
        </xsl:call-template>
      </cell>
      <xsl:if test="$several">
        <cell align="right">
          <xsl:choose>
            <xsl:when test="@completion and $then/@completion">
              <xsl:variable name="d" select="round(@completion * 10000) - round($then/@completion * 10000)"/>
              <xsl:if test="$d &gt; 0">+</xsl:if>
              <xsl:value-of select="format-number($d div 100, '0.00')"/>
            </xsl:when>
            <xsl:otherwise>—</xsl:otherwise>
          </xsl:choose>
        </cell>
      </xsl:if>
    </row>
  </xsl:template>

  <!-- 与第5期相比，15个类别中完成率提高的12个，提高最多的是…；下降的1个，为… -->
  <xsl:template name="categories-change">
    <xsl:variable name="both" select="$last/category[@completion]
        [key('cat', @id)[not(../preceding-sibling::report)]/@completion]"/>
    <xsl:variable name="up" select="$both[round(@completion * 10000) &gt;
        round(key('cat', @id)[not(../preceding-sibling::report)]/@completion * 10000)]"/>
    <xsl:variable name="down" select="$both[round(@completion * 10000) &lt;
        round(key('cat', @id)[not(../preceding-sibling::report)]/@completion * 10000)]"/>
    <xsl:variable name="same" select="count($both) - count($up) - count($down)"/>
    <xsl:variable name="new" select="$last/category[@completion]
        [not(key('cat', @id)[not(../preceding-sibling::report)]/@completion)]"/>
    <xsl:if test="$both or $new">
      <para>
        <xsl:value-of select="concat('与', $first-label, '相比，')"/>
        <xsl:if test="$up">
          <xsl:value-of select="concat('完成率提高的类别', count($up), '个')"/>
          <xsl:for-each select="$up">
            <xsl:sort select="round(@completion * 10000)
                - round($first/category[@id = current()/@id]/@completion * 10000)"
                data-type="number" order="descending"/>
            <xsl:if test="position() = 1">
              <xsl:value-of select="concat('，提高最多的是', @name, '（')"/>
              <xsl:call-template name="delta-words">
                <xsl:with-param name="value" select="@completion
                    - $first/category[@id = current()/@id]/@completion"/>
              </xsl:call-template>
              <xsl:text>）</xsl:text>
            </xsl:if>
          </xsl:for-each>
        </xsl:if>
        <xsl:if test="$down">
          <xsl:if test="$up">；</xsl:if>
          <xsl:value-of select="concat('完成率下降的类别', count($down), '个，为')"/>
          <xsl:for-each select="$down">
            <xsl:if test="position() &gt; 1">、</xsl:if>
            <xsl:value-of select="concat(@name, '（')"/>
            <xsl:call-template name="delta-words">
              <xsl:with-param name="value" select="@completion
                  - $first/category[@id = current()/@id]/@completion"/>
            </xsl:call-template>
            <xsl:text>）</xsl:text>
          </xsl:for-each>
        </xsl:if>
        <xsl:if test="$same &gt; 0">
          <xsl:if test="$up or $down">；</xsl:if>
          <xsl:value-of select="concat('完成率持平的类别', $same, '个')"/>
        </xsl:if>
        <xsl:if test="$new">
          <xsl:if test="$both">；</xsl:if>
          <xsl:value-of select="concat($first-label, '无完成率数据、', $last-label, '有数据的类别', count($new), '个（')"/>
          <xsl:for-each select="$new">
            <xsl:if test="position() &gt; 1">、</xsl:if>
            <xsl:value-of select="@name"/>
          </xsl:for-each>
          <xsl:text>）</xsl:text>
        </xsl:if>
        <xsl:text>。</xsl:text>
        <xsl:if test="$down">
          <xsl:text>完成率下降的类别，请相关责任单位核实报送数据、说明原因。</xsl:text>
        </xsl:if>
      </para>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================
       三、全年推进走势
       ================================================================ -->

  <xsl:template name="section-trend">
    <xsl:variable name="points" select="$last/history/point"/>
    <heading level="1">三、全年推进走势</heading>
    <xsl:choose>
      <xsl:when test="count($points) &lt; 2">
        <para>
          <xsl:text>本年度仅编发督办通报1期，尚不能反映推进走势。</xsl:text>
        </para>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="known" select="$points[@completion and @expected]"/>
        <xsl:variable name="behind" select="$known[round(@completion * 10000) &lt; round(@expected * 10000)]"/>
        <para>
          <xsl:value-of select="concat('从', count($points), '期通报看')"/>
          <xsl:if test="$points[1]/@completion and $points[last()]/@completion">
            <xsl:text>，总体完成率由</xsl:text>
            <xsl:call-template name="point-label">
              <xsl:with-param name="point" select="$points[1]"/>
            </xsl:call-template>
            <xsl:text>的</xsl:text>
            <xsl:call-template name="percent">
              <xsl:with-param name="value" select="$points[1]/@completion"/>
            </xsl:call-template>
            <xsl:call-template name="change-to">
              <xsl:with-param name="from" select="round($points[1]/@completion * 10000)"/>
              <xsl:with-param name="to" select="round($points[last()]/@completion * 10000)"/>
            </xsl:call-template>
            <xsl:call-template name="point-label">
              <xsl:with-param name="point" select="$points[last()]"/>
            </xsl:call-template>
            <xsl:text>的</xsl:text>
            <xsl:call-template name="percent">
              <xsl:with-param name="value" select="$points[last()]/@completion"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="not($known)"/>
            <xsl:when test="not($behind)">
              <xsl:text>，各期均达到或超过序时进度</xsl:text>
            </xsl:when>
            <xsl:when test="count($behind) = count($known)">
              <xsl:text>，各期均低于序时进度</xsl:text>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="concat('，其中', count($behind), '期低于序时进度（')"/>
              <xsl:for-each select="$behind">
                <xsl:if test="position() &gt; 1">、</xsl:if>
                <xsl:call-template name="point-label">
                  <xsl:with-param name="point" select="."/>
                </xsl:call-template>
              </xsl:for-each>
              <xsl:text>）</xsl:text>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:text>。</xsl:text>
          <xsl:call-template name="categories-behind-words"/>
          <xsl:text>全部项目和各类别逐期完成率见下图（实线为完成率，虚线为序时进度）。</xsl:text>
        </para>
        <!-- charts.xsl's trend chart, in parts that flow down the pages
             (as one it is nearly a page tall, and would leave the rest
             of this one empty): the title, legend and the whole plan,
             then the categories' panels a row of three at a time. -->
        <xsl:call-template name="chart-trend">
          <xsl:with-param name="report" select="$last"/>
          <xsl:with-param name="chart-id" select="'review-trend'"/>
          <xsl:with-param name="title" select="'全部项目及各类别完成率走势'"/>
          <xsl:with-param name="panels" select="/.."/>
        </xsl:call-template>
        <xsl:for-each select="$last/category[position() mod 3 = 1]">
          <xsl:call-template name="chart-trend">
            <xsl:with-param name="report" select="$last"/>
            <xsl:with-param name="chart-id" select="concat('review-trend-', position() + 1)"/>
            <xsl:with-param name="panels" select=". | following-sibling::category[position() &lt;= 2]"/>
            <xsl:with-param name="whole" select="false()"/>
            <xsl:with-param name="head" select="false()"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 第5期 (or 5月31日) of a history point -->
  <xsl:template name="point-label">
    <xsl:param name="point"/>
    <xsl:choose>
      <xsl:when test="$point/@number">
        <xsl:value-of select="concat('第', $point/@number, '期')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="date-short">
          <xsl:with-param name="date" select="$point/@as-of"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The categories that were behind schedule in some issues, the most
       often first, five at most: 分类别看，有2个类别曾低于序时进度：城市
       安居项目（各期均低于）、体育惠民项目（1期）。 -->
  <xsl:template name="categories-behind-words">
    <xsl:variable name="points" select="$last/history/point"/>
    <xsl:variable name="cats" select="$last/category[key('hist', @id)
        [not(ancestor::report/following-sibling::report)]
        [@completion and @expected][round(@completion * 10000) &lt; round(@expected * 10000)]]"/>
    <xsl:choose>
      <xsl:when test="count($last/category) &lt; 2"/>
      <xsl:when test="not($cats)">
        <xsl:text>分类别看，各类别在各期均达到或超过序时进度。</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('分类别看，有', count($cats), '个类别曾低于序时进度')"/>
        <xsl:choose>
          <xsl:when test="count($cats) &gt; 5">，其中次数较多的是</xsl:when>
          <xsl:otherwise>：</xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="$cats">
          <xsl:sort select="count(key('hist', @id)[not(ancestor::report/following-sibling::report)]
              [@completion and @expected][round(@completion * 10000) &lt; round(@expected * 10000)])"
              data-type="number" order="descending"/>
          <xsl:variable name="k" select="count(key('hist', @id)
              [not(ancestor::report/following-sibling::report)]
              [@completion and @expected][round(@completion * 10000) &lt; round(@expected * 10000)])"/>
          <xsl:if test="position() &lt;= 5">
            <xsl:if test="position() &gt; 1">、</xsl:if>
            <xsl:value-of select="@name"/>
            <xsl:choose>
              <xsl:when test="$k = count($points)">（各期均低于）</xsl:when>
              <xsl:otherwise><xsl:value-of select="concat('（', $k, '期）')"/></xsl:otherwise>
            </xsl:choose>
          </xsl:if>
        </xsl:for-each>
        <xsl:text>。</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       四、未完成事项
       ================================================================ -->

  <xsl:template name="section-open">
    <heading level="1">四、未完成事项</heading>
    <xsl:choose>
      <xsl:when test="not($open)">
        <para>
          <xsl:value-of select="concat('截至', $as-of-long, '，各事项均已完成年度任务。')"/>
        </para>
      </xsl:when>
      <xsl:otherwise>
        <para>
          <xsl:value-of select="concat('截至', $as-of-long, '，尚未完成的事项共', count($open),
              '项', $task-note, '，其中')"/>
          <xsl:variable name="parts">
            <xsl:if test="$open-red">
              <xsl:value-of select="concat('、严重滞后（红灯）', count($open-red), '项')"/>
            </xsl:if>
            <xsl:if test="$open-yellow">
              <xsl:value-of select="concat('、进度滞后（黄灯）', count($open-yellow), '项')"/>
            </xsl:if>
            <xsl:if test="$open-green">
              <xsl:value-of select="concat('、正常推进（绿灯）', count($open-green), '项')"/>
            </xsl:if>
            <xsl:if test="$open-grey">
              <xsl:value-of select="concat('、未报送或无完成率数据', count($open-grey), '项')"/>
            </xsl:if>
          </xsl:variable>
          <xsl:value-of select="substring($parts, 2)"/>
          <xsl:text>。逐项情况如下（括号内为牵头单位）：</xsl:text>
        </para>
        <xsl:variable name="g1" select="number(boolean($open-red))"/>
        <xsl:variable name="g2" select="$g1 + number(boolean($open-yellow))"/>
        <xsl:variable name="g3" select="$g2 + number(boolean($open-green))"/>
        <xsl:call-template name="open-group">
          <xsl:with-param name="set" select="$open-red"/>
          <xsl:with-param name="n" select="1"/>
          <xsl:with-param name="title" select="'严重滞后事项'"/>
          <xsl:with-param name="light" select="'红灯'"/>
        </xsl:call-template>
        <xsl:call-template name="open-group">
          <xsl:with-param name="set" select="$open-yellow"/>
          <xsl:with-param name="n" select="$g1 + 1"/>
          <xsl:with-param name="title" select="'进度滞后事项'"/>
          <xsl:with-param name="light" select="'黄灯'"/>
        </xsl:call-template>
        <xsl:call-template name="open-group">
          <xsl:with-param name="set" select="$open-green"/>
          <xsl:with-param name="n" select="$g2 + 1"/>
          <xsl:with-param name="title" select="'正常推进、尚未完成事项'"/>
          <xsl:with-param name="light" select="'绿灯'"/>
        </xsl:call-template>
        <xsl:call-template name="open-group">
          <xsl:with-param name="set" select="$open-grey"/>
          <xsl:with-param name="n" select="$g3 + 1"/>
          <xsl:with-param name="title" select="'未报送或无完成率数据事项'"/>
          <xsl:with-param name="light" select="'无数据'"/>
        </xsl:call-template>
        <para>
          <xsl:text>对上述未完成事项，请各牵头单位逐项分析原因，明确完成时限和责任人，</xsl:text>
          <xsl:if test="$open-red or $open-yellow">
            <xsl:text>对进度滞后事项制定切实可行的整改措施，</xsl:text>
          </xsl:if>
          <xsl:if test="$open-grey">
            <xsl:text>对未报送或无完成率数据的事项如实补报累计完成量，</xsl:text>
          </xsl:if>
          <xsl:text>确保重点民生实事按期保质完成；确因客观原因不能按期完成的，及时书面说明情况。</xsl:text>
        </para>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- （一）严重滞后事项（红灯，4项）, then the items, numbered. -->
  <xsl:template name="open-group">
    <xsl:param name="set"/>
    <xsl:param name="n"/>
    <xsl:param name="title"/>
    <xsl:param name="light"/>
    <xsl:if test="$set">
      <heading level="2">
        <xsl:text>（</xsl:text>
        <xsl:call-template name="cn-number">
          <xsl:with-param name="n" select="$n"/>
        </xsl:call-template>
        <xsl:value-of select="concat('）', $title, '（', $light, '，', count($set), '项）')"/>
      </heading>
      <xsl:for-each select="$set">
        <xsl:call-template name="open-item">
          <xsl:with-param name="n" select="position()"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- 1.筹集8000套保障性住房（市住建局）：目标8000套，累计完成2089套，
       完成率26.11%，序时进度49.59%，低于序时进度23.48个百分点，较第5期
       提高5.48个百分点。进展情况：… 存在问题：… 下一步：… -->
  <xsl:template name="open-item">
    <xsl:param name="n"/>
    <xsl:variable name="id" select="@id"/>
    <xsl:variable name="then" select="key('item', $id)[not(ancestor::report/preceding-sibling::report)]"/>
    <para>
      <b>
        <xsl:value-of select="concat($n, '.')"/>
        <xsl:call-template name="item-name"/>
      </b>
      <xsl:text>（</xsl:text>
      <xsl:call-template name="lead-words"/>
      <xsl:if test="@due and not(@due-inherited = 'yes')">
        <xsl:text>，完成时限</xsl:text>
        <xsl:call-template name="date-long">
          <xsl:with-param name="date" select="@due"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:text>）：</xsl:text>
      <xsl:if test="@due and translate(@due, '-', '') &lt; translate($last/issue/@as-of, '-', '')">
        <xsl:text>已超过完成时限，</xsl:text>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="@reported = 'no'">
          <xsl:value-of select="concat($last-label, '未报送推进情况')"/>
          <xsl:call-template name="last-reported"/>
          <xsl:text>。</xsl:text>
        </xsl:when>
        <xsl:when test="not(@completion)">
          <xsl:choose>
            <xsl:when test="@status = 'not-started'">报送尚未启动，</xsl:when>
            <xsl:otherwise>已报送推进情况，但</xsl:otherwise>
          </xsl:choose>
          <xsl:text>无累计完成量或完成百分比，无法测算完成率。</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="figures-words"/>
          <xsl:if test="@expected">
            <xsl:text>，序时进度</xsl:text>
            <xsl:call-template name="percent">
              <xsl:with-param name="value" select="@expected"/>
            </xsl:call-template>
            <xsl:text>，</xsl:text>
            <xsl:call-template name="gap-words">
              <xsl:with-param name="completion" select="@completion"/>
              <xsl:with-param name="expected" select="@expected"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="$several and $then/@completion">
            <xsl:value-of select="concat('，较', $first-label)"/>
            <xsl:call-template name="delta-words">
              <xsl:with-param name="value" select="@completion - $then/@completion"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:text>。</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="reported-words">
        <xsl:with-param name="label" select="'进展情况'"/>
        <xsl:with-param name="text" select="narrative"/>
      </xsl:call-template>
      <xsl:call-template name="reported-words">
        <xsl:with-param name="label" select="'存在问题'"/>
        <xsl:with-param name="text" select="problem"/>
      </xsl:call-template>
      <xsl:call-template name="reported-words">
        <xsl:with-param name="label" select="'下一步'"/>
        <xsl:with-param name="text" select="next"/>
      </xsl:call-template>
    </para>
  </xsl:template>

  <!-- 存在问题：TEXT。 — the label left out of a text that starts with it
       (下一步征求意见后… reads 下一步：征求意见后…). -->
  <xsl:template name="reported-words">
    <xsl:param name="label"/>
    <xsl:param name="text"/>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:if test="$t != ''">
      <xsl:call-template name="sentence">
        <xsl:with-param name="text">
          <xsl:value-of select="concat($label, '：')"/>
          <xsl:choose>
            <xsl:when test="starts-with($t, concat($label, '：'))
                            or starts-with($t, concat($label, ':'))">
              <xsl:value-of select="substring($t, string-length($label) + 2)"/>
            </xsl:when>
            <xsl:when test="starts-with($t, concat($label, '，'))">
              <xsl:value-of select="substring($t, string-length($label) + 2)"/>
            </xsl:when>
            <xsl:when test="starts-with($t, $label)">
              <xsl:value-of select="substring($t, string-length($label) + 1)"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$t"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- 目标8000套，累计完成2089套，完成率26.11% (the context a leaf with
       a completion) -->
  <xsl:template name="figures-words">
    <xsl:choose>
      <xsl:when test="done and target">
        <xsl:value-of select="concat('目标', target/@quantity, target/@unit,
            '，累计完成', done/@quantity, done/@unit, '，')"/>
      </xsl:when>
      <xsl:when test="percent">
        <xsl:value-of select="concat('报送完成', percent/@value, '%，')"/>
      </xsl:when>
      <xsl:when test="@status = 'not-started'">尚未启动，</xsl:when>
    </xsl:choose>
    <xsl:text>完成率</xsl:text>
    <xsl:call-template name="percent">
      <xsl:with-param name="value" select="@completion"/>
    </xsl:call-template>
  </xsl:template>

  <!-- For an item the last issue lacks: ，最近一次报送为第5期（截至…），完成率X% -->
  <xsl:template name="last-reported">
    <xsl:variable name="id" select="@id"/>
    <xsl:variable name="before" select="key('item', $id)[@reported != 'no']
        [ancestor::report/following-sibling::report]"/>
    <xsl:choose>
      <xsl:when test="$before">
        <xsl:for-each select="$before[last()]">
          <xsl:variable name="r" select="ancestor::report"/>
          <xsl:text>，最近一次报送为</xsl:text>
          <xsl:call-template name="issue-label">
            <xsl:with-param name="report" select="$r"/>
          </xsl:call-template>
          <xsl:if test="$r/issue/@number">
            <xsl:text>（截至</xsl:text>
            <xsl:call-template name="date-long">
              <xsl:with-param name="date" select="$r/issue/@as-of"/>
            </xsl:call-template>
            <xsl:text>）</xsl:text>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="@completion">
              <xsl:text>，</xsl:text>
              <xsl:call-template name="figures-words"/>
            </xsl:when>
            <xsl:otherwise>，无完成率数据</xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$several">，全年各期均未报送</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       五、各期通报情况
       ================================================================ -->

  <xsl:template name="section-issues">
    <heading level="1">五、各期通报情况</heading>
    <para>
      <xsl:choose>
        <xsl:when test="$several">本年度各期督办通报的主要数据如下表，各期通报全文按期次收录于后。</xsl:when>
        <xsl:otherwise>本年度督办通报的主要数据如下表，通报全文收录于后。</xsl:otherwise>
      </xsl:choose>
    </para>
    <!-- Widths in points, for 第12期, 12月31日, 100.00%, 序时进度, 未报送. -->
    <table widths="54,70,54,60,48,36,36,36,48">
      <header>
        <cell>期次</cell>
        <cell>截至日期</cell>
        <cell align="right">总体<br/>完成率</cell>
        <cell align="right">序时进度</cell>
        <cell align="right">已完成</cell>
        <cell align="right">绿灯</cell>
        <cell align="right">黄灯</cell>
        <cell align="right">红灯</cell>
        <cell align="right">未报送<br/>事项</cell>
      </header>
      <xsl:for-each select="$reports">
        <xsl:variable name="c" select="summary/counts[@of = 'projects']"/>
        <row>
          <cell>
            <xsl:choose>
              <xsl:when test="issue/@number">
                <xsl:value-of select="concat('第', issue/@number, '期')"/>
              </xsl:when>
              <xsl:otherwise>—</xsl:otherwise>
            </xsl:choose>
          </cell>
          <cell>
            <xsl:call-template name="date-short">
              <xsl:with-param name="date" select="issue/@as-of"/>
            </xsl:call-template>
          </cell>
          <cell align="right">
            <xsl:call-template name="percent-or-dash">
              <xsl:with-param name="value" select="summary/@completion"/>
            </xsl:call-template>
          </cell>
          <cell align="right">
            <xsl:call-template name="percent-or-dash">
              <xsl:with-param name="value" select="summary/@expected"/>
            </xsl:call-template>
          </cell>
          <cell align="right"><xsl:value-of select="$c/@done"/></cell>
          <cell align="right"><xsl:value-of select="$c/@green"/></cell>
          <cell align="right"><xsl:value-of select="$c/@yellow"/></cell>
          <cell align="right"><xsl:value-of select="$c/@red"/></cell>
          <cell align="right">
            <xsl:value-of select="count(.//project[not(task)][@reported = 'no']
                | .//task[@reported = 'no'])"/>
          </cell>
        </row>
      </xsl:for-each>
    </table>
    <para size="12" indent="0">
      <xsl:text>注：已完成、绿灯、黄灯、红灯为各期项目数；未报送事项为各期未报送推进情况的事项数</xsl:text>
      <xsl:value-of select="$task-note"/>
      <xsl:text>。</xsl:text>
    </para>
  </xsl:template>

  <!-- ================================================================
       Helpers
       ================================================================ -->

  <!-- 第6期, or 6月30日 for an issue without a number -->
  <xsl:template name="issue-label">
    <xsl:param name="report"/>
    <xsl:choose>
      <xsl:when test="$report/issue/@number">
        <xsl:value-of select="concat('第', $report/issue/@number, '期')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="date-short">
          <xsl:with-param name="date" select="$report/issue/@as-of"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The context report's chapter: 第6期　上半年推进情况（2025年6月30日）;
       without a number 上半年推进情况（2025年6月30日）, without a title
       either 截至2025年6月30日推进情况.  A long issue title gives way to
       推进情况, to keep the chapter to one line of the contents. -->
  <xsl:template name="chapter-title">
    <xsl:variable name="words">
      <xsl:call-template name="issue-words">
        <xsl:with-param name="report" select="."/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="as-of">
      <xsl:call-template name="date-long">
        <xsl:with-param name="date" select="issue/@as-of"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not(issue/@number) and $words = '推进情况'">
        <xsl:value-of select="concat('截至', $as-of, '推进情况')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="issue/@number">
          <xsl:value-of select="concat('第', issue/@number, '期　')"/>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="string-length($words) &lt;= 10"><xsl:value-of select="$words"/></xsl:when>
          <xsl:otherwise>推进情况</xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="concat('（', $as-of, '）')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
