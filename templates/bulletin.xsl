<?xml version="1.0" encoding="UTF-8"?>
<!--
  bulletin.xsl: the default bulletin (督办通报), from the report model
  (doc/model.md) to a layout document (doc/layout.md, "Documents").
  All of the bulletin's wording is here; the charts come from charts.xsl,
  so that they are the same drawings as the SVG files of `dubao charts`.

  Parameters (strings):
    date    the bulletin's date: YYYY-MM-DD or words (2025年7月10日);
            default: the issue's as-of date
    issuer  the issuing office; default: the plan's issuer

  Order: document metadata, masthead, title, lead paragraph, then
    一、总体情况        summary, completion chart, categories behind, trend
    二、分类推进情况    one table per category
    三、进度滞后项目    red leaves, then yellow ones
    四、未报送情况      leaves not reported, by lead unit
    五、各责任单位推进情况  table per lead unit, units chart
  then the closing paragraph, the notes and the signature.

  "Leaves" are what is reported: tasks, and projects without tasks.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="charts.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="date"/>
  <xsl:param name="issuer"/>

  <!-- Leaves by id, for units/unit/item/@ref. -->
  <xsl:key name="leaf" match="project[not(task)] | task" use="@id"/>

  <!-- ================================================================
       Values used throughout
       ================================================================ -->

  <xsl:variable name="the-issuer">
    <xsl:call-template name="issuer-words">
      <xsl:with-param name="issuer" select="$issuer"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- The as-of date in words: 2025年6月30日 -->
  <xsl:variable name="as-of-long">
    <xsl:call-template name="date-long">
      <xsl:with-param name="date" select="/report/issue/@as-of"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- The bulletin's date in words: the parameter, else the as-of date. -->
  <xsl:variable name="the-date">
    <xsl:call-template name="report-date">
      <xsl:with-param name="date" select="$date"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- 第6期, or nothing -->
  <xsl:variable name="number-words">
    <xsl:if test="/report/issue/@number">
      <xsl:value-of select="concat('第', /report/issue/@number, '期')"/>
    </xsl:if>
  </xsl:variable>

  <!-- The plan's title, with its year in front when the title lacks it. -->
  <xsl:variable name="plan-name">
    <xsl:call-template name="plan-name"/>
  </xsl:variable>

  <!-- 上半年推进情况 / 5月推进情况 / 推进情况 -->
  <xsl:variable name="issue-words">
    <xsl:call-template name="issue-words"/>
  </xsl:variable>

  <!-- The leaves: what units report. -->
  <xsl:variable name="leaves" select="//project[not(task)] | //task"/>
  <xsl:variable name="leaves-unreported" select="$leaves[@reported = 'no']"/>
  <xsl:variable name="leaves-red" select="$leaves[@light = 'red']"/>
  <xsl:variable name="leaves-yellow" select="$leaves[@light = 'yellow']"/>

  <!-- ================================================================
       The document
       ================================================================ -->

  <xsl:template match="/report">
    <document subject="重点民生实事督办通报">
      <xsl:attribute name="title">
        <xsl:value-of select="concat($plan-name, '推进情况通报')"/>
        <xsl:if test="issue/@number">
          <xsl:value-of select="concat('（', $number-words, '）')"/>
        </xsl:if>
      </xsl:attribute>
      <xsl:if test="$the-issuer != ''">
        <xsl:attribute name="author"><xsl:value-of select="$the-issuer"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="keywords">
        <xsl:value-of select="concat('重点民生实事, 督办通报, ', plan/@year)"/>
        <xsl:if test="issue/@number">
          <xsl:value-of select="concat(', ', $number-words)"/>
        </xsl:if>
      </xsl:attribute>

      <masthead name="重点民生实事督办通报" date="{$the-date}">
        <xsl:if test="issue/@number">
          <xsl:attribute name="number"><xsl:value-of select="$number-words"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="$the-issuer != ''">
          <xsl:attribute name="issuer"><xsl:value-of select="$the-issuer"/></xsl:attribute>
        </xsl:if>
      </masthead>

      <!-- A line break after the plan's name keeps its words on one
           line; dubao balances the lines of a title. -->
      <title>
        <xsl:value-of select="concat('关于', $plan-name)"/>
        <br/>
        <xsl:value-of select="concat($issue-words, '的通报')"/>
      </title>

      <para>
        <xsl:value-of select="concat('现将', $plan-name, '截至', $as-of-long,
            '的推进情况通报如下。')"/>
      </para>

      <xsl:call-template name="section-overview"/>
      <xsl:call-template name="section-categories"/>
      <xsl:call-template name="section-behind"/>
      <xsl:call-template name="section-unreported"/>
      <xsl:call-template name="section-units"/>
      <xsl:call-template name="closing"/>
      <xsl:call-template name="notes"/>

      <signature date="{$the-date}">
        <xsl:if test="$the-issuer != ''">
          <xsl:attribute name="issuer"><xsl:value-of select="$the-issuer"/></xsl:attribute>
        </xsl:if>
      </signature>
    </document>
  </xsl:template>

  <!-- ================================================================
       一、总体情况
       ================================================================ -->

  <xsl:template name="section-overview">
    <xsl:variable name="s" select="summary"/>
    <xsl:variable name="pc" select="$s/counts[@of = 'projects']"/>
    <xsl:variable name="tc" select="$s/counts[@of = 'tasks']"/>
    <heading level="1">一、总体情况</heading>

    <!-- The projects, by light; the whole plan's completion. -->
    <para>
      <xsl:value-of select="concat('截至', $as-of-long, '，', $plan-name, '共',
          $pc/@total, '个')"/>
      <xsl:if test="substring($plan-name, string-length($plan-name) - 1) != '项目'">项目</xsl:if>
      <xsl:variable name="parts">
        <xsl:call-template name="counts-words">
          <xsl:with-param name="counts" select="$pc"/>
          <xsl:with-param name="measure" select="'个'"/>
          <xsl:with-param name="lights" select="true()"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="$parts != ''">
        <xsl:value-of select="concat('，其中', $parts)"/>
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
          <xsl:if test="$s/@delta">
            <xsl:text>，较上期（</xsl:text>
            <xsl:choose>
              <xsl:when test="issue/@previous-number">
                <xsl:value-of select="concat('第', issue/@previous-number, '期，')"/>
              </xsl:when>
              <xsl:otherwise>截至</xsl:otherwise>
            </xsl:choose>
            <xsl:call-template name="date-long">
              <xsl:with-param name="date" select="issue/@previous-as-of"/>
            </xsl:call-template>
            <xsl:text>）</xsl:text>
            <xsl:call-template name="delta-words">
              <xsl:with-param name="value" select="$s/@delta"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:text>。</xsl:text>
        </xsl:when>
        <xsl:otherwise>各项目暂无完成率数据，总体完成率无法测算。</xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$tc/@total &gt; 0">
        <xsl:value-of select="concat('另有子任务', $tc/@total, '项（分属',
            count(category/project[task]), '个项目）')"/>
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

    <!-- Reporting. -->
    <para>
      <xsl:value-of select="concat('本期应报送进度的事项', count($leaves), '项')"/>
      <xsl:if test="$tc/@total &gt; 0">（有子任务的项目按子任务计）</xsl:if>
      <xsl:choose>
        <xsl:when test="count($leaves-unreported) = 0">，均已按时报送。</xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="concat('，已报送', count($leaves) - count($leaves-unreported),
              '项，未报送', count($leaves-unreported), '项（详见第四部分）。')"/>
        </xsl:otherwise>
      </xsl:choose>
    </para>

    <xsl:call-template name="chart-completion"/>

    <xsl:call-template name="categories-words"/>

    <xsl:call-template name="chart-trend"/>
  </xsl:template>

  <!-- ================================================================
       二、分类推进情况
       ================================================================ -->

  <xsl:template name="section-categories">
    <heading level="1">二、分类推进情况</heading>
    <xsl:for-each select="category">
      <heading level="2">
        <xsl:text>（</xsl:text>
        <xsl:call-template name="cn-number">
          <xsl:with-param name="n" select="position()"/>
        </xsl:call-template>
        <xsl:value-of select="concat('）', @name)"/>
      </heading>
      <xsl:call-template name="category-words"/>
      <xsl:call-template name="category-table"/>
    </xsl:for-each>
  </xsl:template>

  <!-- 本类别共3个项目，完成率48.42%，序时进度49.59%，较上期提高7.38个百分点；其中… -->
  <xsl:template name="category-words">
    <xsl:variable name="c" select="counts[@of = 'projects']"/>
    <para>
      <xsl:value-of select="concat('本类别共', $c/@total, '个项目')"/>
      <xsl:choose>
        <xsl:when test="@completion">
          <xsl:text>，完成率</xsl:text>
          <xsl:call-template name="percent">
            <xsl:with-param name="value" select="@completion"/>
          </xsl:call-template>
          <xsl:if test="@expected">
            <xsl:text>，序时进度</xsl:text>
            <xsl:call-template name="percent">
              <xsl:with-param name="value" select="@expected"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="@delta">
            <xsl:text>，较上期</xsl:text>
            <xsl:call-template name="delta-words">
              <xsl:with-param name="value" select="@delta"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:when>
        <xsl:when test="@reported = 'no'">
          <xsl:if test="$c/@total &gt; 1">，均</xsl:if>
          <xsl:if test="$c/@total &lt;= 1">，</xsl:if>
          <xsl:text>未报送推进情况。</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <xsl:if test="$c/@total &gt; 1">，均</xsl:if>
          <xsl:if test="$c/@total &lt;= 1">，</xsl:if>
          <xsl:text>暂无完成率数据</xsl:text>
          <xsl:if test="$c/@not-reported &gt; 0">
            <xsl:value-of select="concat('，其中未报送', $c/@not-reported, '个')"/>
          </xsl:if>
          <xsl:text>。</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
      <!-- With a completion, the projects by light. -->
      <xsl:if test="@completion">
        <xsl:variable name="parts">
          <xsl:call-template name="counts-words">
            <xsl:with-param name="counts" select="$c"/>
            <xsl:with-param name="measure" select="'个'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:if test="$parts != ''">
          <xsl:value-of select="concat('；其中', $parts)"/>
        </xsl:if>
        <xsl:text>。</xsl:text>
      </xsl:if>
    </para>
  </xsl:template>

  <xsl:template name="category-table">
    <table widths="3.0,1.4,1.7,1.3,1.3,1.5,1.9">
      <header>
        <cell>项目</cell>
        <cell align="right">目标</cell>
        <cell align="right">累计完成</cell>
        <cell align="right">完成率</cell>
        <cell align="right">序时进度</cell>
        <cell>亮灯</cell>
        <cell>牵头单位</cell>
      </header>
      <xsl:for-each select="project">
        <xsl:call-template name="item-row"/>
        <xsl:for-each select="task">
          <xsl:call-template name="item-row"/>
        </xsl:for-each>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- One row of a category's table: a project or a task. -->
  <xsl:template name="item-row">
    <row>
      <cell>
        <xsl:choose>
          <xsl:when test="self::task">
            <xsl:call-template name="task-seq"/>
          </xsl:when>
          <xsl:when test="@seq">
            <xsl:value-of select="concat(@seq, '.')"/>
          </xsl:when>
        </xsl:choose>
        <xsl:value-of select="@name"/>
      </cell>
      <cell align="right">
        <xsl:choose>
          <xsl:when test="target">
            <xsl:value-of select="concat(target/@quantity, target/@unit)"/>
          </xsl:when>
          <xsl:otherwise>—</xsl:otherwise>
        </xsl:choose>
      </cell>
      <cell align="right"><xsl:call-template name="done-words"/></cell>
      <cell align="right">
        <xsl:call-template name="percent-or-dash">
          <xsl:with-param name="value" select="@completion"/>
        </xsl:call-template>
        <xsl:if test="@ratio &gt; 1">（超额完成）</xsl:if>
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
      <cell><xsl:call-template name="lead-words"/></cell>
    </row>
  </xsl:template>

  <!-- ================================================================
       三、进度滞后项目
       ================================================================ -->

  <xsl:template name="section-behind">
    <xsl:variable name="nred" select="count($leaves-red)"/>
    <xsl:variable name="nyellow" select="count($leaves-yellow)"/>
    <heading level="1">三、进度滞后项目</heading>
    <xsl:choose>
      <xsl:when test="$nred + $nyellow = 0">
        <para>
          <xsl:value-of select="concat('截至', $as-of-long)"/>
          <xsl:choose>
            <xsl:when test="$leaves[@completion]">
              <xsl:text>，有完成率数据的项目均达到序时进度要求，暂无进度滞后项目。</xsl:text>
            </xsl:when>
            <xsl:otherwise>，各项目暂无完成率数据，尚无法判断是否滞后。</xsl:otherwise>
          </xsl:choose>
        </para>
      </xsl:when>
      <xsl:otherwise>
        <para>
          <xsl:value-of select="concat('截至', $as-of-long, '，共有', $nred + $nyellow,
              '项进度滞后')"/>
          <xsl:if test="//task">（有子任务的项目按子任务计）</xsl:if>
          <xsl:text>，其中</xsl:text>
          <xsl:if test="$nred &gt; 0">
            <xsl:value-of select="concat('严重滞后（红灯）', $nred, '项')"/>
          </xsl:if>
          <xsl:if test="$nred &gt; 0 and $nyellow &gt; 0">、</xsl:if>
          <xsl:if test="$nyellow &gt; 0">
            <xsl:value-of select="concat('进度滞后（黄灯）', $nyellow, '项')"/>
          </xsl:if>
          <xsl:text>，具体如下：</xsl:text>
        </para>
        <xsl:for-each select="$leaves-red">
          <xsl:call-template name="behind-para">
            <xsl:with-param name="n" select="position()"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="$leaves-yellow">
          <xsl:call-template name="behind-para">
            <xsl:with-param name="n" select="$nred + position()"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- （1）项目名（牵头单位：XX）：累计完成…，完成率X%，低于序时进度Y个百分点，亮红灯。
       then the report's narrative, problem and next steps. -->
  <xsl:template name="behind-para">
    <xsl:param name="n"/>
    <para>
      <b>
        <xsl:value-of select="concat('（', $n, '）')"/>
        <xsl:call-template name="item-name"/>
      </b>
      <xsl:choose>
        <xsl:when test="normalize-space(@lead) != ''">
          <xsl:value-of select="concat('（牵头单位：', @lead)"/>
        </xsl:when>
        <xsl:otherwise>（未明确牵头单位</xsl:otherwise>
      </xsl:choose>
      <xsl:if test="@due and not(@due-inherited = 'yes')">
        <xsl:text>；完成时限：</xsl:text>
        <xsl:call-template name="date-long">
          <xsl:with-param name="date" select="@due"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:text>）：</xsl:text>
      <xsl:choose>
        <xsl:when test="done and target">
          <xsl:value-of select="concat('目标', target/@quantity, target/@unit,
              '，累计完成', done/@quantity, done/@unit, '，')"/>
        </xsl:when>
        <xsl:when test="@status = 'not-started'">尚未启动，</xsl:when>
      </xsl:choose>
      <xsl:text>完成率</xsl:text>
      <xsl:call-template name="percent">
        <xsl:with-param name="value" select="@completion"/>
      </xsl:call-template>
      <xsl:if test="@delta">
        <xsl:text>（较上期</xsl:text>
        <xsl:call-template name="delta-words">
          <xsl:with-param name="value" select="@delta"/>
        </xsl:call-template>
        <xsl:text>）</xsl:text>
      </xsl:if>
      <xsl:text>，低于序时进度（</xsl:text>
      <xsl:call-template name="percent">
        <xsl:with-param name="value" select="@expected"/>
      </xsl:call-template>
      <xsl:value-of select="concat('）', format-number((round(@expected * 10000)
          - round(@completion * 10000)) div 100, '0.00'), '个百分点')"/>
      <xsl:choose>
        <xsl:when test="@light = 'red'">，亮红灯。</xsl:when>
        <xsl:otherwise>，亮黄灯。</xsl:otherwise>
      </xsl:choose>
      <xsl:if test="narrative">
        <xsl:call-template name="sentence">
          <xsl:with-param name="text" select="narrative"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="problem">
        <xsl:call-template name="sentence">
          <xsl:with-param name="text" select="concat('存在问题：', problem)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="next">
        <xsl:call-template name="sentence">
          <xsl:with-param name="text" select="concat('下一步：', next)"/>
        </xsl:call-template>
      </xsl:if>
    </para>
  </xsl:template>

  <!-- ================================================================
       四、未报送情况
       ================================================================ -->

  <xsl:template name="section-unreported">
    <heading level="1">四、未报送情况</heading>
    <xsl:choose>
      <xsl:when test="not($leaves-unreported)">
        <para>
          <xsl:value-of select="concat('截至', $as-of-long, '，各责任单位均已按时报送。')"/>
        </para>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="units" select="units/unit[counts/@not-reported &gt; 0]"/>
        <para>
          <xsl:value-of select="concat('截至', $as-of-long, '，共有', count($leaves-unreported),
              '项未报送推进情况')"/>
          <xsl:if test="//task">（有子任务的项目按子任务计）</xsl:if>
          <xsl:value-of select="concat('，涉及', count($units), '个责任单位：')"/>
        </para>
        <xsl:for-each select="$units">
          <xsl:variable name="items" select="key('leaf', item/@ref)[@reported = 'no']"/>
          <para>
            <xsl:value-of select="concat('（', position(), '）')"/>
            <xsl:call-template name="unit-name"/>
            <xsl:value-of select="concat('（', count($items), '项）：')"/>
            <xsl:for-each select="$items">
              <xsl:if test="position() &gt; 1">；</xsl:if>
              <xsl:call-template name="item-name"/>
            </xsl:for-each>
            <xsl:text>。</xsl:text>
          </para>
        </xsl:for-each>
        <para>请上述单位抓紧补报推进情况，确保进度数据及时、准确、完整。</para>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       五、各责任单位推进情况
       ================================================================ -->

  <xsl:template name="section-units">
    <xsl:variable name="red" select="units/unit[counts/@red &gt; 0]"/>
    <xsl:variable name="yellow" select="units/unit[counts/@yellow &gt; 0]"/>
    <heading level="1">五、各责任单位推进情况</heading>
    <para>
      <xsl:value-of select="concat('截至', $as-of-long, '，共有', count(units/unit), '个牵头单位')"/>
      <xsl:if test="//task">（有子任务的项目按子任务计入各牵头单位）</xsl:if>
      <xsl:choose>
        <xsl:when test="$red or $yellow">
          <xsl:if test="$red">
            <xsl:value-of select="concat('，其中有红灯事项的', count($red), '个：')"/>
            <xsl:call-template name="unit-list">
              <xsl:with-param name="units" select="$red"/>
              <xsl:with-param name="light" select="'red'"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="$yellow">
            <xsl:choose>
              <xsl:when test="$red">；有黄灯事项的</xsl:when>
              <xsl:otherwise>，其中有黄灯事项的</xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="concat(count($yellow), '个：')"/>
            <xsl:call-template name="unit-list">
              <xsl:with-param name="units" select="$yellow"/>
              <xsl:with-param name="light" select="'yellow'"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:text>。</xsl:text>
        </xsl:when>
        <xsl:otherwise>，均无红灯、黄灯事项。</xsl:otherwise>
      </xsl:choose>
      <xsl:text>下表按红灯、黄灯、无数据事项数从多到少排列，相同的按平均完成率从低到高排列。</xsl:text>
    </para>
    <table widths="3.2,1.3,1,1,1,1,1,1.7">
      <header>
        <cell>责任单位</cell>
        <cell align="right">牵头项目数</cell>
        <cell align="right">已完成</cell>
        <cell align="right">绿灯</cell>
        <cell align="right">黄灯</cell>
        <cell align="right">红灯</cell>
        <cell align="right">无数据</cell>
        <cell align="right">平均完成率</cell>
      </header>
      <xsl:for-each select="units/unit">
        <xsl:sort select="counts/@red" data-type="number" order="descending"/>
        <xsl:sort select="counts/@yellow" data-type="number" order="descending"/>
        <xsl:sort select="counts/@grey" data-type="number" order="descending"/>
        <xsl:sort select="count(@completion)" data-type="number" order="ascending"/>
        <xsl:sort select="@completion" data-type="number" order="ascending"/>
        <row>
          <cell><xsl:call-template name="unit-name"/></cell>
          <cell align="right"><xsl:value-of select="counts/@total"/></cell>
          <cell align="right"><xsl:value-of select="counts/@done"/></cell>
          <cell align="right"><xsl:value-of select="counts/@green"/></cell>
          <cell align="right"><xsl:value-of select="counts/@yellow"/></cell>
          <cell align="right"><xsl:value-of select="counts/@red"/></cell>
          <cell align="right"><xsl:value-of select="counts/@grey"/></cell>
          <cell align="right" light="{@light}">
            <xsl:call-template name="percent-or-dash">
              <xsl:with-param name="value" select="@completion"/>
            </xsl:call-template>
          </cell>
        </row>
      </xsl:for-each>
    </table>
    <xsl:call-template name="chart-units"/>
  </xsl:template>

  <!-- 市住建局（2项）、市城管局（1项） -->
  <xsl:template name="unit-list">
    <xsl:param name="units"/>
    <xsl:param name="light"/>
    <xsl:for-each select="$units">
      <xsl:sort select="counts/@*[local-name() = $light]" data-type="number" order="descending"/>
      <xsl:if test="position() &gt; 1">、</xsl:if>
      <xsl:call-template name="unit-name"/>
      <xsl:value-of select="concat('（', counts/@*[local-name() = $light], '项）')"/>
    </xsl:for-each>
  </xsl:template>

  <!-- ================================================================
       Closing, notes
       ================================================================ -->

  <xsl:template name="closing">
    <para>
      <xsl:text>请各责任单位对照年度目标任务和序时进度，</xsl:text>
      <xsl:if test="$leaves-red or $leaves-yellow">
        <xsl:text>针对进度滞后项目逐项分析原因、制定措施，</xsl:text>
      </xsl:if>
      <xsl:text>加快推进项目实施，按时、准确报送推进情况，确保重点民生实事按期保质完成。</xsl:text>
    </para>
  </xsl:template>

  <xsl:template name="notes">
    <para size="12">
      <xsl:text>附：图表说明。1.完成率：有量化目标的按累计完成量除以目标量计算，超过目标的按100%计并标注“超额完成”；其余按报送的完成百分比或完成状态计算。有子任务的项目取各子任务完成率的加权平均，类别和总体取所含项目完成率的加权平均，无完成率数据的不计入。2.序时进度：按计划节点测算，未设节点的按至完成时限均匀推进测算。3.亮灯：完成全部任务的为“已完成”；</xsl:text>
      <xsl:call-template name="threshold-words"/>
      <xsl:text>；未报送或无完成率数据的为“无数据”。4.各责任单位的平均完成率为其牵头事项完成率的简单平均。</xsl:text>
    </para>
  </xsl:template>

</xsl:stylesheet>
