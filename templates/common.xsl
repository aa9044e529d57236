<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: named templates every report template shares: dates and
  percentages as a bulletin prints them, the words for the lights, the
  report's office, date, plan and issue, and measures and items in words
  (counts, gaps to the expected progress, changes, 累计完成, item names,
  the categories against the expected progress).  Imported by charts.xsl
  (and through it by bulletin.xsl and review.xsl) and by unit.xsl.  The
  templates that read the report's heading take the <report> as a
  parameter, /report by default: a review reads a <yearbook> of them.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- 2025-06-30 → 2025年6月30日 -->
  <xsl:template name="date-long">
    <xsl:param name="date"/>
    <xsl:value-of select="concat(substring($date, 1, 4), '年',
        number(substring($date, 6, 2)), '月', number(substring($date, 9, 2)), '日')"/>
  </xsl:template>

  <!-- 2025-06-30 → 6月30日 -->
  <xsl:template name="date-short">
    <xsl:param name="date"/>
    <xsl:value-of select="concat(number(substring($date, 6, 2)), '月',
        number(substring($date, 9, 2)), '日')"/>
  </xsl:template>

  <!-- A fraction of the model (0.4842) → 48.42% -->
  <xsl:template name="percent">
    <xsl:param name="value"/>
    <xsl:value-of select="concat(format-number($value * 100, '0.00'), '%')"/>
  </xsl:template>

  <!-- A signed change in points (0.0512 → +5.12个百分点) -->
  <xsl:template name="points">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value &gt; 0">
        <xsl:value-of select="concat('+', format-number($value * 100, '0.00'))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="format-number($value * 100, '0.00')"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>个百分点</xsl:text>
  </xsl:template>

  <!-- The word for a light, as a bulletin says it. -->
  <xsl:template name="light-word">
    <xsl:param name="light"/>
    <xsl:choose>
      <xsl:when test="$light = 'done'">已完成</xsl:when>
      <xsl:when test="$light = 'green'">绿灯</xsl:when>
      <xsl:when test="$light = 'yellow'">黄灯</xsl:when>
      <xsl:when test="$light = 'red'">红灯</xsl:when>
      <xsl:otherwise>无数据</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The legend of the lights, for charts. -->
  <xsl:template name="light-legend">
    <key style="done">已完成</key>
    <key style="green">绿灯（正常推进）</key>
    <key style="yellow">黄灯（进度滞后）</key>
    <key style="red">红灯（严重滞后）</key>
    <key style="grey">无数据/未报送</key>
  </xsl:template>

  <!-- The thresholds of the lights in words, from the report's thresholds
       (report: a <report> of the model; default /report). -->
  <xsl:template name="threshold-words">
    <xsl:param name="report" select="/report"/>
    <xsl:variable name="t" select="$report/thresholds"/>
    <xsl:value-of select="concat('低于序时进度', format-number($t/@green-within * 100, '0.##'),
        '个百分点以内为绿灯，', format-number($t/@green-within * 100, '0.##'), '至',
        format-number($t/@yellow-within * 100, '0.##'), '个百分点为黄灯，超过',
        format-number($t/@yellow-within * 100, '0.##'), '个百分点为红灯')"/>
  </xsl:template>

  <!-- A whole number in Chinese numerals, as documents number their parts
       (一、（一）, 一是): 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九,
       101 → 一百零一, 110 → 一百一十; from 1000 on, and for anything that
       is not a positive whole number, the digits as they are. -->
  <xsl:template name="cn-number">
    <xsl:param name="n"/>
    <xsl:variable name="d" select="'一二三四五六七八九'"/>
    <xsl:choose>
      <xsl:when test="not($n &gt;= 1 and $n &lt; 1000 and $n = floor($n))">
        <xsl:value-of select="$n"/>
      </xsl:when>
      <xsl:when test="$n &lt; 10">
        <xsl:value-of select="substring($d, $n, 1)"/>
      </xsl:when>
      <xsl:when test="$n &lt; 100">
        <xsl:if test="$n &gt;= 20">
          <xsl:value-of select="substring($d, floor($n div 10), 1)"/>
        </xsl:if>
        <xsl:text>十</xsl:text>
        <xsl:if test="$n mod 10 != 0">
          <xsl:value-of select="substring($d, $n mod 10, 1)"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="rest" select="$n mod 100"/>
        <xsl:value-of select="concat(substring($d, floor($n div 100), 1), '百')"/>
        <xsl:choose>
          <xsl:when test="$rest = 0"/>
          <xsl:when test="$rest &lt; 10">
            <xsl:value-of select="concat('零', substring($d, $rest, 1))"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat(substring($d, floor($rest div 10), 1), '十')"/>
            <xsl:if test="$rest mod 10 != 0">
              <xsl:value-of select="substring($d, $rest mod 10, 1)"/>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       The report's heading: office, date, plan and issue in words
       ================================================================ -->

  <!-- The issuing office: the parameter when it is given, else the
       plan's issuer.  Here and below, report is the <report> of the
       model the words are about: /report unless it is given (a review
       template reads a <yearbook> of them). -->
  <xsl:template name="issuer-words">
    <xsl:param name="issuer"/>
    <xsl:param name="report" select="/report"/>
    <xsl:choose>
      <xsl:when test="normalize-space($issuer) != ''">
        <xsl:value-of select="normalize-space($issuer)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($report/plan/@issuer)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A report's date in words: the parameter as YYYY-MM-DD (2025-07-10 →
       2025年7月10日) or as words (printed as given); when it is empty,
       the issue's as-of date. -->
  <xsl:template name="report-date">
    <xsl:param name="date"/>
    <xsl:param name="report" select="/report"/>
    <xsl:variable name="d" select="normalize-space($date)"/>
    <xsl:choose>
      <xsl:when test="$d = ''">
        <xsl:call-template name="date-long">
          <xsl:with-param name="date" select="$report/issue/@as-of"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="string-length($d) = 10 and substring($d, 5, 1) = '-'
                      and substring($d, 8, 1) = '-'
                      and translate($d, '0123456789', '') = '--'">
        <xsl:call-template name="date-long">
          <xsl:with-param name="date" select="$d"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The plan's title, with its year in front when the title lacks it:
       2025年大连市重点民生实事项目 -->
  <xsl:template name="plan-name">
    <xsl:param name="report" select="/report"/>
    <xsl:variable name="p" select="$report/plan"/>
    <xsl:if test="not(contains($p/@title, $p/@year))">
      <xsl:value-of select="concat($p/@year, '年')"/>
    </xsl:if>
    <xsl:value-of select="$p/@title"/>
  </xsl:template>

  <!-- The issue's title as a phrase: 上半年推进情况 / 5月推进情况 / 推进情况 -->
  <xsl:template name="issue-words">
    <xsl:param name="report" select="/report"/>
    <xsl:variable name="t" select="normalize-space($report/issue/@title)"/>
    <xsl:choose>
      <xsl:when test="$t = ''">推进情况</xsl:when>
      <xsl:when test="contains($t, '情况')"><xsl:value-of select="$t"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($t, '推进情况')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       Measures and items in words (the context is a model element)
       ================================================================ -->

  <!-- The counts of a set in words, without zeros:
       已完成8个，正常推进13个（绿灯），…，未报送1个，无进度数据9个 -->
  <xsl:template name="counts-words">
    <xsl:param name="counts"/>
    <xsl:param name="measure"/>
    <xsl:param name="lights" select="false()"/>
    <xsl:variable name="nodata" select="$counts/@grey - $counts/@not-reported"/>
    <xsl:variable name="all">
      <xsl:if test="$counts/@done &gt; 0">
        <xsl:value-of select="concat('，已完成', $counts/@done, $measure)"/>
      </xsl:if>
      <xsl:if test="$counts/@green &gt; 0">
        <xsl:value-of select="concat('，正常推进', $counts/@green, $measure)"/>
        <xsl:if test="$lights">（绿灯）</xsl:if>
      </xsl:if>
      <xsl:if test="$counts/@yellow &gt; 0">
        <xsl:value-of select="concat('，进度滞后', $counts/@yellow, $measure)"/>
        <xsl:if test="$lights">（黄灯）</xsl:if>
      </xsl:if>
      <xsl:if test="$counts/@red &gt; 0">
        <xsl:value-of select="concat('，严重滞后', $counts/@red, $measure)"/>
        <xsl:if test="$lights">（红灯）</xsl:if>
      </xsl:if>
      <xsl:if test="$counts/@not-reported &gt; 0">
        <xsl:value-of select="concat('，未报送', $counts/@not-reported, $measure)"/>
      </xsl:if>
      <xsl:if test="$nodata &gt; 0">
        <xsl:value-of select="concat('，已报送但无进度数据', $nodata, $measure)"/>
      </xsl:if>
    </xsl:variable>
    <xsl:value-of select="substring($all, 2)"/>
  </xsl:template>

  <!-- 高于序时进度X个百分点 / 低于… / 与序时进度持平, exact on the
       printed hundredths. -->
  <xsl:template name="gap-words">
    <xsl:param name="completion"/>
    <xsl:param name="expected"/>
    <xsl:variable name="d" select="round($completion * 10000) - round($expected * 10000)"/>
    <xsl:choose>
      <xsl:when test="$d &gt; 0">
        <xsl:value-of select="concat('高于序时进度', format-number($d div 100, '0.00'), '个百分点')"/>
      </xsl:when>
      <xsl:when test="$d &lt; 0">
        <xsl:value-of select="concat('低于序时进度', format-number(-$d div 100, '0.00'), '个百分点')"/>
      </xsl:when>
      <xsl:otherwise>与序时进度持平</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 提高X个百分点 / 下降X个百分点 / 持平 -->
  <xsl:template name="delta-words">
    <xsl:param name="value"/>
    <xsl:variable name="d" select="round($value * 10000)"/>
    <xsl:choose>
      <xsl:when test="$d &gt; 0">
        <xsl:value-of select="concat('提高', format-number($d div 100, '0.00'), '个百分点')"/>
      </xsl:when>
      <xsl:when test="$d &lt; 0">
        <xsl:value-of select="concat('下降', format-number(-$d div 100, '0.00'), '个百分点')"/>
      </xsl:when>
      <xsl:otherwise>持平</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 48.42% or — -->
  <xsl:template name="percent-or-dash">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) != ''">
        <xsl:call-template name="percent">
          <xsl:with-param name="value" select="$value"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>—</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The context item's lead unit, or words saying there is none. -->
  <xsl:template name="lead-words">
    <xsl:choose>
      <xsl:when test="normalize-space(@lead) != ''"><xsl:value-of select="@lead"/></xsl:when>
      <xsl:otherwise>未明确牵头单位</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The context units/unit's name. -->
  <xsl:template name="unit-name">
    <xsl:choose>
      <xsl:when test="normalize-space(@name) != ''"><xsl:value-of select="@name"/></xsl:when>
      <xsl:otherwise>未明确牵头单位</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A leaf's name in running text: a task with its project's,
       增加停车位5000个——住宅小区周边增加停车位3000个 -->
  <xsl:template name="item-name">
    <xsl:if test="self::task">
      <xsl:value-of select="concat(../@name, '——')"/>
    </xsl:if>
    <xsl:value-of select="@name"/>
  </xsl:template>

  <!-- A text as a sentence: ends with 。 (a final ，or ； becomes 。). -->
  <xsl:template name="sentence">
    <xsl:param name="text"/>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:variable name="n" select="string-length($t)"/>
    <xsl:variable name="last" select="substring($t, $n, 1)"/>
    <xsl:variable name="before" select="substring($t, $n - 1, 1)"/>
    <xsl:choose>
      <xsl:when test="$n = 0"/>
      <xsl:when test="contains('。！？…', $last)"><xsl:value-of select="$t"/></xsl:when>
      <xsl:when test="($last = '”' or $last = '’' or $last = '）')
                      and contains('。！？…', $before)">
        <xsl:value-of select="$t"/>
      </xsl:when>
      <xsl:when test="contains('，；、：,;:.', $last)">
        <xsl:value-of select="concat(substring($t, 1, $n - 1), '。')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($t, '。')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 累计完成: the quantity, the reported percent, the status, or why
       there is none. -->
  <xsl:template name="done-words">
    <xsl:choose>
      <xsl:when test="@reported = 'no'">未报送</xsl:when>
      <xsl:when test="task">
        <xsl:value-of select="concat('子任务', counts[@of = 'tasks']/@total, '项')"/>
        <xsl:if test="counts[@of = 'tasks']/@not-reported &gt; 0">
          <xsl:value-of select="concat('（', counts[@of = 'tasks']/@not-reported, '项未报送）')"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="done">
        <xsl:value-of select="concat(done/@quantity, done/@unit)"/>
      </xsl:when>
      <xsl:when test="percent">
        <xsl:value-of select="concat(percent/@value, '%')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="status-words"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="status-words">
    <xsl:choose>
      <xsl:when test="@status = 'completed'">已完成</xsl:when>
      <xsl:when test="@status = 'in-progress'">推进中</xsl:when>
      <xsl:when test="@status = 'not-started'">未启动</xsl:when>
      <xsl:otherwise>—</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 一是 (the task's seq, or its place in the project) -->
  <xsl:template name="task-seq">
    <xsl:choose>
      <xsl:when test="@seq"><xsl:value-of select="@seq"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="cn-number">
          <xsl:with-param name="n" select="count(preceding-sibling::task) + 1"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>是</xsl:text>
  </xsl:template>

  <!-- The categories of the context <report> in one paragraph, by how
       they stand against the expected progress (a bulletin's after its
       completion chart; a review's after its table of categories). -->
  <xsl:template name="categories-words">
    <xsl:variable name="cats" select="category"/>
    <xsl:variable name="done" select="$cats[@light = 'done']"/>
    <xsl:variable name="behind" select="$cats[@light != 'done'][@completion and @expected]
        [round(@completion * 10000) &lt; round(@expected * 10000)]"/>
    <xsl:variable name="unknown" select="$cats[not(@completion)]"/>
    <xsl:variable name="ahead" select="count($cats) - count($done) - count($behind) - count($unknown)"/>
    <xsl:variable name="parts">
      <xsl:if test="$done">
        <xsl:value-of select="concat('；已全部完成的', count($done), '个（')"/>
        <xsl:for-each select="$done">
          <xsl:if test="position() &gt; 1">、</xsl:if>
          <xsl:value-of select="@name"/>
        </xsl:for-each>
        <xsl:text>）</xsl:text>
      </xsl:if>
      <xsl:if test="$ahead &gt; 0">
        <xsl:value-of select="concat('；达到或超过序时进度的', $ahead, '个')"/>
      </xsl:if>
      <xsl:if test="$behind">
        <xsl:value-of select="concat('；低于序时进度的', count($behind), '个，为')"/>
        <xsl:for-each select="$behind">
          <xsl:if test="position() &gt; 1">、</xsl:if>
          <xsl:value-of select="concat(@name, '（完成率')"/>
          <xsl:call-template name="percent">
            <xsl:with-param name="value" select="@completion"/>
          </xsl:call-template>
          <xsl:text>，序时进度</xsl:text>
          <xsl:call-template name="percent">
            <xsl:with-param name="value" select="@expected"/>
          </xsl:call-template>
          <xsl:text>）</xsl:text>
        </xsl:for-each>
      </xsl:if>
      <xsl:if test="$unknown">
        <xsl:value-of select="concat('；暂无完成率数据的', count($unknown), '个（')"/>
        <xsl:for-each select="$unknown">
          <xsl:if test="position() &gt; 1">、</xsl:if>
          <xsl:value-of select="@name"/>
        </xsl:for-each>
        <xsl:text>）</xsl:text>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="count($cats) &lt; 2"/>
      <xsl:when test="$ahead = count($cats)">
        <para>
          <xsl:value-of select="concat('分类别看，', count($cats), '个类别均达到或超过序时进度。')"/>
        </para>
      </xsl:when>
      <xsl:otherwise>
        <para>
          <xsl:value-of select="concat('分类别看，', count($cats), '个类别中，',
              substring($parts, 2), '。')"/>
        </para>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
