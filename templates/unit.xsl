<?xml version="1.0" encoding="UTF-8"?>
<!--
  unit.xsl: the lead unit's supervision sheet (责任单位督办单), one per
  lead unit (牵头单位), from the report model (doc/model.md) to a layout
  document (doc/layout.md, "Documents").  All of the sheet's wording is
  here; the words for dates, percentages, lights and counts come from
  common.xsl, so that they read as in the bulletin (bulletin.xsl).

    dubao bulletin -t unit.xsl PLAN PROGRESS..., with the parameter unit
    given by the option for template parameters: param unit=市住建局

  Parameters (strings):
    unit      required: the lead unit, exactly as the model names it
              (/report/units/unit/@name); empty or unknown stops the
              transformation with a message naming it
    date      the sheet's date: YYYY-MM-DD or words (2025年7月10日);
              default: the issue's as-of date
    issuer    the issuing office; default: the plan's issuer
    deadline  the date by which the unit reports its measures (整改措施)
              and what it failed to report: YYYY-MM-DD or words;
              default: seven days after the sheet's date (when that date
              can be read as one), else "within seven days of receipt"

  Order: document metadata, masthead, title, the unit addressed (主送),
  the lead paragraph, then (numbered as they occur)
    一、总体情况        the unit's items by light, its mean completion
                        against the expected progress and the previous
                        issue; the items where it is a co-unit (配合单位)
    二、牵头事项推进情况  one table of the items it leads, in plan order
    三、督办事项        when there is something to supervise, only the
                        parts that apply, numbered （一）… as they occur:
                        items behind schedule, red then yellow, each with
                        what was reported and its 督办要求; items not
                        reported (补报); items reported without a
                        measurable progress
    四、工作要求        the general requirements (三、 when there is no
                        督办事项)
  then the signature (落款).

  "Items" (事项) are what is reported: tasks, and projects without tasks;
  /report/units/unit/item/@ref names them.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:date="http://exslt.org/dates-and-times"
    extension-element-prefixes="date">

  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="unit"/>
  <xsl:param name="date"/>
  <xsl:param name="issuer"/>
  <xsl:param name="deadline"/>

  <!-- Leaves by id, for units/unit/item/@ref. -->
  <xsl:key name="leaf" match="project[not(task)] | task" use="@id"/>

  <!-- ================================================================
       Values used throughout
       ================================================================ -->

  <!-- The unit: the model's units/unit of that name. -->
  <xsl:variable name="u" select="/report/units/unit[@name = $unit][1]"/>
  <xsl:variable name="uc" select="$u/counts[@of = 'items']"/>

  <!-- Its items (leaves), in plan order, and those of each kind. -->
  <xsl:variable name="items" select="key('leaf', $u/item/@ref)"/>
  <xsl:variable name="items-red" select="$items[@light = 'red']"/>
  <xsl:variable name="items-yellow" select="$items[@light = 'yellow']"/>
  <xsl:variable name="items-unreported" select="$items[@reported = 'no']"/>
  <xsl:variable name="items-nodata" select="$items[@reported != 'no'][not(@completion)]"/>

  <!-- Projects and tasks that name it as their lead or as a co-unit
       (配合单位) themselves (a task's inherited units are its project's):
       a project with tasks may have co-units of its own. -->
  <xsl:variable name="lead-of" select="(//project | //task)
      [units[not(@inherited = 'yes')]/unit[@role = 'lead'] = $unit]"/>
  <xsl:variable name="co-of" select="(//project | //task)
      [units[not(@inherited = 'yes')]/unit[@role = 'co'] = $unit][not(@lead = $unit)]"/>

  <xsl:variable name="the-issuer">
    <xsl:call-template name="issuer-words">
      <xsl:with-param name="issuer" select="$issuer"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:variable name="as-of-long">
    <xsl:call-template name="date-long">
      <xsl:with-param name="date" select="/report/issue/@as-of"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:variable name="the-date">
    <xsl:call-template name="report-date">
      <xsl:with-param name="date" select="$date"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:variable name="number-words">
    <xsl:if test="/report/issue/@number">
      <xsl:value-of select="concat('第', /report/issue/@number, '期')"/>
    </xsl:if>
  </xsl:variable>

  <xsl:variable name="plan-name">
    <xsl:call-template name="plan-name"/>
  </xsl:variable>

  <xsl:variable name="issue-words">
    <xsl:call-template name="issue-words"/>
  </xsl:variable>

  <!-- Whether there is a previous issue to compare with (较上期). -->
  <xsl:variable name="has-previous" select="boolean(/report/issue/@previous-as-of)"/>

  <!-- （有子任务的项目按子任务计）, when some of its items are tasks. -->
  <xsl:variable name="task-note">
    <xsl:if test="$items[self::task]">（有子任务的项目按子任务计）</xsl:if>
  </xsl:variable>

  <!-- The deadline: 于2025年7月7日前, or 自收到本督办单之日起7日内. -->
  <xsl:variable name="by-deadline">
    <xsl:variable name="given">
      <xsl:call-template name="iso-date">
        <xsl:with-param name="text" select="$deadline"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="base">
      <xsl:choose>
        <xsl:when test="normalize-space($date) = ''">
          <xsl:value-of select="/report/issue/@as-of"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="iso-date">
            <xsl:with-param name="text" select="$date"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="computed">
      <xsl:if test="$base != '' and function-available('date:add')">
        <xsl:value-of select="date:add($base, 'P7D')"/>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$given != ''">
        <xsl:text>于</xsl:text>
        <xsl:call-template name="date-long">
          <xsl:with-param name="date" select="$given"/>
        </xsl:call-template>
        <xsl:text>前</xsl:text>
      </xsl:when>
      <xsl:when test="normalize-space($deadline) != ''">
        <xsl:value-of select="concat('于', normalize-space($deadline), '前')"/>
      </xsl:when>
      <xsl:when test="string-length($computed) = 10">
        <xsl:text>于</xsl:text>
        <xsl:call-template name="date-long">
          <xsl:with-param name="date" select="$computed"/>
        </xsl:call-template>
        <xsl:text>前</xsl:text>
      </xsl:when>
      <xsl:otherwise>自收到本督办单之日起7日内</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- To whom measures are reported: 书面报送大连市人民政府办公室 -->
  <xsl:variable name="report-to">
    <xsl:choose>
      <xsl:when test="$the-issuer != ''">
        <xsl:value-of select="concat('书面报送', $the-issuer)"/>
      </xsl:when>
      <xsl:otherwise>书面报送督办部门</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- ================================================================
       The document
       ================================================================ -->

  <xsl:template match="/report">
    <xsl:call-template name="check-unit"/>
    <document subject="重点民生实事督办单">
      <xsl:attribute name="title">
        <xsl:value-of select="concat($unit, '重点民生实事督办单')"/>
        <xsl:if test="issue/@number">
          <xsl:value-of select="concat('（', $number-words, '）')"/>
        </xsl:if>
      </xsl:attribute>
      <xsl:if test="$the-issuer != ''">
        <xsl:attribute name="author"><xsl:value-of select="$the-issuer"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="keywords">
        <xsl:value-of select="concat('重点民生实事, 督办单, ', $unit, ', ', plan/@year)"/>
        <xsl:if test="issue/@number">
          <xsl:value-of select="concat(', ', $number-words)"/>
        </xsl:if>
      </xsl:attribute>

      <masthead name="重点民生实事督办单" date="{$the-date}">
        <xsl:if test="issue/@number">
          <xsl:attribute name="number"><xsl:value-of select="$number-words"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="$the-issuer != ''">
          <xsl:attribute name="issuer"><xsl:value-of select="$the-issuer"/></xsl:attribute>
        </xsl:if>
      </masthead>

      <!-- Line breaks keep the unit's and the plan's names whole;
           dubao balances the lines of a title. -->
      <title>
        <xsl:value-of select="concat('关于', $unit, '牵头')"/>
        <br/>
        <xsl:value-of select="$plan-name"/>
        <br/>
        <xsl:value-of select="concat($issue-words, '的督办单')"/>
      </title>

      <!-- 主送: the unit, flush left. -->
      <para indent="0"><xsl:value-of select="concat($unit, '：')"/></para>
      <para>
        <xsl:value-of select="concat('现将你单位牵头的', $plan-name, '截至', $as-of-long,
            '的推进情况及督办要求通知如下，请认真抓好落实。')"/>
      </para>

      <xsl:variable name="to-do" select="$items-red or $items-yellow or $items-unreported
          or $items-nodata"/>
      <xsl:call-template name="section-overview"/>
      <xsl:call-template name="section-table"/>
      <xsl:if test="$to-do">
        <xsl:call-template name="section-supervise"/>
      </xsl:if>
      <xsl:call-template name="section-requirements">
        <xsl:with-param name="n" select="3 + number(boolean($to-do))"/>
      </xsl:call-template>

      <signature date="{$the-date}">
        <xsl:if test="$the-issuer != ''">
          <xsl:attribute name="issuer"><xsl:value-of select="$the-issuer"/></xsl:attribute>
        </xsl:if>
      </signature>
    </document>
  </xsl:template>

  <!-- The parameter must name a lead unit of the model. -->
  <xsl:template name="check-unit">
    <xsl:choose>
      <xsl:when test="$unit = ''">
        <xsl:message terminate="yes">
          <xsl:text>the parameter unit is empty: name the lead unit, e.g. --param unit=</xsl:text>
          <xsl:value-of select="units/unit[@name][1]/@name"/>
        </xsl:message>
      </xsl:when>
      <xsl:when test="not($u)">
        <xsl:message terminate="yes">
          <xsl:value-of select="concat('the parameter unit is &quot;', $unit,
              '&quot;, which is not a lead unit of this report; the lead units are: ')"/>
          <xsl:for-each select="units/unit[@name]">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="@name"/>
          </xsl:for-each>
        </xsl:message>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       一、总体情况
       ================================================================ -->

  <xsl:template name="section-overview">
    <heading level="1">一、总体情况</heading>
    <para>
      <xsl:value-of select="concat('截至', $as-of-long, '，你单位牵头的重点民生实事事项共',
          $uc/@total, '项', $task-note)"/>
      <xsl:variable name="parts">
        <xsl:call-template name="counts-words">
          <xsl:with-param name="counts" select="$uc"/>
          <xsl:with-param name="measure" select="'项'"/>
          <xsl:with-param name="lights" select="true()"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$uc/@done = $uc/@total">，已全部完成年度任务。</xsl:when>
        <xsl:when test="$parts != ''">
          <xsl:value-of select="concat('，其中', $parts, '。')"/>
        </xsl:when>
        <xsl:otherwise>。</xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="$u/@completion">
          <xsl:choose>
            <xsl:when test="$uc/@known = $uc/@total">牵头事项平均完成率</xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="concat('有完成率数据的', $uc/@known, '项平均完成率')"/>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="percent">
            <xsl:with-param name="value" select="$u/@completion"/>
          </xsl:call-template>
          <xsl:if test="$u/@expected and $u/@light != 'done'">
            <xsl:text>，序时进度</xsl:text>
            <xsl:call-template name="percent">
              <xsl:with-param name="value" select="$u/@expected"/>
            </xsl:call-template>
            <xsl:text>，</xsl:text>
            <xsl:call-template name="gap-words">
              <xsl:with-param name="completion" select="$u/@completion"/>
              <xsl:with-param name="expected" select="$u/@expected"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="$u/@delta">
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
              <xsl:with-param name="value" select="$u/@delta"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:text>。</xsl:text>
        </xsl:when>
        <xsl:when test="$uc/@not-reported = $uc/@total">牵头事项均未报送推进情况，完成率无法测算。</xsl:when>
        <xsl:otherwise>牵头事项暂无完成率数据，平均完成率无法测算。</xsl:otherwise>
      </xsl:choose>
    </para>

    <!-- Co-units: of its items, and where it is one. -->
    <xsl:variable name="with-co" select="$lead-of[units/unit[@role = 'co']]"/>
    <xsl:if test="$with-co or $co-of">
      <para>
        <xsl:if test="$with-co">
          <xsl:text>牵头事项中，</xsl:text>
          <xsl:for-each select="$with-co">
            <xsl:if test="position() &gt; 1">；</xsl:if>
            <xsl:call-template name="item-name"/>
            <xsl:text>的配合单位为</xsl:text>
            <xsl:call-template name="co-units"/>
          </xsl:for-each>
          <xsl:text>，请加强统筹协调，督促配合单位按职责抓好落实。</xsl:text>
        </xsl:if>
        <xsl:if test="$co-of">
          <xsl:text>你单位还作为配合单位参与</xsl:text>
          <xsl:for-each select="$co-of">
            <xsl:if test="position() &gt; 1">、</xsl:if>
            <xsl:call-template name="item-name"/>
            <xsl:text>（牵头单位：</xsl:text>
            <xsl:call-template name="lead-words"/>
            <xsl:text>）</xsl:text>
          </xsl:for-each>
          <xsl:if test="count($co-of) &gt; 1">
            <xsl:value-of select="concat('等', count($co-of), '项事项')"/>
          </xsl:if>
          <xsl:text>，请主动对接牵头单位，按职责分工做好配合工作。</xsl:text>
        </xsl:if>
      </para>
    </xsl:if>
  </xsl:template>

  <!-- 市红十字会、市教育局 -->
  <xsl:template name="co-units">
    <xsl:for-each select="units/unit[@role = 'co']">
      <xsl:if test="position() &gt; 1">、</xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- ================================================================
       二、牵头事项推进情况
       ================================================================ -->

  <xsl:template name="section-table">
    <heading level="1">二、牵头事项推进情况</heading>
    <para>
      <xsl:value-of select="concat('你单位牵头的', $uc/@total, '项事项', $task-note,
          '推进情况如下表（事项前的序号为年度计划中的项目序号）：')"/>
    </para>
    <!-- Widths in points, for the longest usual contents in 12 pt:
         1.1499万户, 100.00%, 序时进度, ■无数据, +11.54; without a
         previous issue there is no 较上期. -->
    <table widths="110,56,68,50,56,56,46">
      <xsl:if test="not($has-previous)">
        <xsl:attribute name="widths">156,56,68,50,56,56</xsl:attribute>
      </xsl:if>
      <header>
        <cell>事项</cell>
        <cell align="right">目标</cell>
        <cell align="right">累计完成</cell>
        <cell align="right">完成率</cell>
        <cell align="right">序时进度</cell>
        <cell>亮灯</cell>
        <xsl:if test="$has-previous">
          <cell align="right">较上期</cell>
        </xsl:if>
      </header>
      <xsl:for-each select="$items">
        <xsl:call-template name="item-row"/>
      </xsl:for-each>
    </table>
    <para size="12" indent="0">
      <xsl:text>注：完成率按累计完成量除以目标量计算，超过目标的按100%计；无量化目标的按报送的完成百分比或完成状态计算。序时进度按计划节点或至完成时限均匀推进测算。亮灯：完成全部任务的为“已完成”；</xsl:text>
      <xsl:call-template name="threshold-words"/>
      <xsl:text>；未报送或无完成率数据的为“无数据”。</xsl:text>
      <xsl:if test="$has-previous">
        <xsl:text>较上期为完成率较</xsl:text>
        <xsl:if test="/report/issue/@previous-number">
          <xsl:value-of select="concat('第', /report/issue/@previous-number, '期（')"/>
        </xsl:if>
        <xsl:text>截至</xsl:text>
        <xsl:call-template name="date-long">
          <xsl:with-param name="date" select="/report/issue/@previous-as-of"/>
        </xsl:call-template>
        <xsl:if test="/report/issue/@previous-number">）</xsl:if>
        <xsl:text>增减的百分点。</xsl:text>
      </xsl:if>
    </para>
  </xsl:template>

  <!-- One row of the table: an item. -->
  <xsl:template name="item-row">
    <row>
      <cell><xsl:call-template name="item-label"/></cell>
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
      <xsl:if test="$has-previous">
        <cell align="right">
          <xsl:choose>
            <xsl:when test="@delta">
              <xsl:variable name="d" select="round(@delta * 10000)"/>
              <xsl:if test="$d &gt; 0">+</xsl:if>
              <xsl:value-of select="format-number($d div 100, '0.00')"/>
            </xsl:when>
            <xsl:otherwise>—</xsl:otherwise>
          </xsl:choose>
        </cell>
      </xsl:if>
    </row>
  </xsl:template>

  <!-- An item with the plan's numbering: 1.筹集8000套保障性住房, or for a
       task 4.增加停车位5000个——住宅小区周边增加停车位3000个 -->
  <xsl:template name="item-label">
    <xsl:variable name="p" select="ancestor-or-self::project"/>
    <xsl:if test="$p/@seq">
      <xsl:value-of select="concat($p/@seq, '.')"/>
    </xsl:if>
    <xsl:call-template name="item-name"/>
  </xsl:template>

  <!-- ================================================================
       三、督办事项
       ================================================================ -->

  <xsl:template name="section-supervise">
    <heading level="1">三、督办事项</heading>
    <xsl:variable name="nred" select="count($items-red)"/>
    <xsl:variable name="nyellow" select="count($items-yellow)"/>
    <xsl:variable name="n1" select="number(boolean($items-red or $items-yellow))"/>
    <xsl:variable name="n2" select="$n1 + number(boolean($items-unreported))"/>

    <xsl:if test="$items-red or $items-yellow">
      <heading level="2">
        <xsl:text>（一）进度滞后事项</xsl:text>
      </heading>
      <para>
        <xsl:choose>
          <xsl:when test="$nyellow = 0">
            <xsl:value-of select="concat('你单位牵头事项中有', $nred, '项严重滞后（红灯）')"/>
          </xsl:when>
          <xsl:when test="$nred = 0">
            <xsl:value-of select="concat('你单位牵头事项中有', $nyellow, '项进度滞后（黄灯）')"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat('你单位牵头事项中有', $nred + $nyellow,
                '项进度滞后，其中严重滞后（红灯）', $nred, '项、进度滞后（黄灯）', $nyellow, '项')"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text>，列为本期督办事项：</xsl:text>
      </para>
      <xsl:for-each select="$items-red">
        <xsl:call-template name="behind-item">
          <xsl:with-param name="n" select="position()"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="$items-yellow">
        <xsl:call-template name="behind-item">
          <xsl:with-param name="n" select="$nred + position()"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:if>

    <xsl:if test="$items-unreported">
      <heading level="2">
        <xsl:text>（</xsl:text>
        <xsl:call-template name="cn-number">
          <xsl:with-param name="n" select="$n1 + 1"/>
        </xsl:call-template>
        <xsl:text>）未报送事项</xsl:text>
      </heading>
      <para>
        <xsl:value-of select="concat('截至', $as-of-long, '，你单位牵头的以下',
            count($items-unreported), '项事项未报送推进情况：')"/>
        <xsl:call-template name="item-list">
          <xsl:with-param name="set" select="$items-unreported"/>
        </xsl:call-template>
      </para>
      <para>
        <b>督办要求：</b>
        <xsl:value-of select="concat('请', $by-deadline, '补报上述事项截至', $as-of-long,
            '的推进情况（累计完成量、存在问题和下一步工作安排），说明未按时报送的原因，并',
            $report-to, '。今后请严格按时报送，确保进度数据及时、准确、完整。')"/>
      </para>
    </xsl:if>

    <xsl:if test="$items-nodata">
      <heading level="2">
        <xsl:text>（</xsl:text>
        <xsl:call-template name="cn-number">
          <xsl:with-param name="n" select="$n2 + 1"/>
        </xsl:call-template>
        <xsl:text>）进度数据不完整事项</xsl:text>
      </heading>
      <para>
        <xsl:value-of select="concat('你单位牵头的以下', count($items-nodata),
            '项事项已报送推进情况，但未报送累计完成量或完成百分比，无法测算完成率：')"/>
        <xsl:call-template name="item-list">
          <xsl:with-param name="set" select="$items-nodata"/>
        </xsl:call-template>
      </para>
      <para>
        <b>督办要求：</b>
        <xsl:text>请在下期报送时对照年度目标，逐项报送累计完成量（无量化目标的报送完成百分比），如实反映工作进度。</xsl:text>
      </para>
    </xsl:if>
  </xsl:template>

  <!-- 1.事项A；2.事项B。 (one alone is not numbered) -->
  <xsl:template name="item-list">
    <xsl:param name="set"/>
    <xsl:for-each select="$set">
      <xsl:if test="position() &gt; 1">；</xsl:if>
      <xsl:if test="last() &gt; 1">
        <xsl:value-of select="concat(position(), '.')"/>
      </xsl:if>
      <xsl:call-template name="item-name"/>
    </xsl:for-each>
    <xsl:text>。</xsl:text>
  </xsl:template>

  <!-- 1.筹集8000套保障性住房（红灯）：目标…，累计完成…，完成率…，低于序时
       进度…。报送情况：… 存在问题：… 下一步：…
       then its 督办要求. -->
  <xsl:template name="behind-item">
    <xsl:param name="n"/>
    <para>
      <b>
        <xsl:value-of select="concat($n, '.')"/>
        <xsl:call-template name="item-name"/>
        <xsl:text>（</xsl:text>
        <xsl:call-template name="light-word">
          <xsl:with-param name="light" select="@light"/>
        </xsl:call-template>
        <xsl:text>）</xsl:text>
      </b>
      <xsl:text>：</xsl:text>
      <xsl:if test="units/unit[@role = 'co']">
        <xsl:text>配合单位</xsl:text>
        <xsl:call-template name="co-units"/>
        <xsl:text>；</xsl:text>
      </xsl:if>
      <xsl:if test="@due and not(@due-inherited = 'yes')">
        <xsl:text>完成时限</xsl:text>
        <xsl:call-template name="date-long">
          <xsl:with-param name="date" select="@due"/>
        </xsl:call-template>
        <xsl:text>；</xsl:text>
      </xsl:if>
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
      <xsl:if test="@delta">
        <xsl:text>（较上期</xsl:text>
        <xsl:call-template name="delta-words">
          <xsl:with-param name="value" select="@delta"/>
        </xsl:call-template>
        <xsl:text>）</xsl:text>
      </xsl:if>
      <xsl:text>，序时进度</xsl:text>
      <xsl:call-template name="percent">
        <xsl:with-param name="value" select="@expected"/>
      </xsl:call-template>
      <xsl:text>，</xsl:text>
      <xsl:call-template name="gap-words">
        <xsl:with-param name="completion" select="@completion"/>
        <xsl:with-param name="expected" select="@expected"/>
      </xsl:call-template>
      <xsl:text>。</xsl:text>
      <xsl:if test="narrative">
        <xsl:call-template name="sentence">
          <xsl:with-param name="text" select="concat('报送情况：', narrative)"/>
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
    <para>
      <b>督办要求：</b>
      <xsl:choose>
        <xsl:when test="@light = 'red'">
          <xsl:value-of select="concat('请你单位主要负责同志牵头研究，逐项分析滞后原因，制定切实可行的整改措施，明确时间节点和责任人，倒排工期、挂图作战，',
              $by-deadline, '将整改措施', $report-to, '，并在每期报送推进情况时说明整改落实情况。')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="concat('请认真分析滞后原因，采取有效措施加快推进，',
              $by-deadline, '将整改措施', $report-to, '，确保尽快达到序时进度。')"/>
        </xsl:otherwise>
      </xsl:choose>
    </para>
  </xsl:template>

  <!-- ================================================================
       工作要求
       ================================================================ -->

  <xsl:template name="section-requirements">
    <xsl:param name="n"/>
    <heading level="1">
      <xsl:call-template name="cn-number">
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
      <xsl:text>、工作要求</xsl:text>
    </heading>
    <xsl:choose>
      <xsl:when test="$uc/@done = $uc/@total">
        <para>
          <xsl:text>你单位牵头事项已全部完成年度任务。请巩固工作成果，做好已建成项目的运营管理和惠民政策的宣传落实，持续跟踪群众反映，及时总结经验做法，确保民生实事成效经得起检验。</xsl:text>
        </para>
      </xsl:when>
      <xsl:otherwise>
        <para>
          <xsl:text>（一）压实工作责任。请对照年度目标任务和序时进度，做到任务到岗、责任到人，</xsl:text>
          <xsl:if test="$items-red or $items-yellow">
            <xsl:text>对进度滞后事项逐项分析原因、制定措施，</xsl:text>
          </xsl:if>
          <xsl:text>加快推进实施，确保牵头事项按期保质完成。</xsl:text>
        </para>
        <para>
          <xsl:text>（二）按时报送进度。请在每期报送截止前如实报送牵头事项的累计完成量、存在问题和下一步工作安排，配合单位承担的工作一并汇总报送。</xsl:text>
        </para>
        <xsl:if test="$items-red or $items-yellow or $items-unreported">
          <para>
            <xsl:text>（三）抓好督办落实。本督办单所列事项的</xsl:text>
            <xsl:choose>
              <xsl:when test="not($items-unreported)">
                <xsl:text>整改措施，请按上述时限报送。对整改不力、进度持续滞后的</xsl:text>
              </xsl:when>
              <xsl:when test="not($items-red or $items-yellow)">
                <xsl:text>补报情况，请按上述时限报送。对逾期仍未报送的</xsl:text>
              </xsl:when>
              <xsl:otherwise>
                <xsl:text>整改措施和补报情况，请按上述时限报送。对整改不力、进度持续滞后或逾期仍未报送的</xsl:text>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:text>，将在督办通报中予以通报。</xsl:text>
          </para>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       Helpers
       ================================================================ -->

  <!-- A date given as YYYY-MM-DD or as 2025年7月10日 → YYYY-MM-DD, or
       nothing when it is neither. -->
  <xsl:template name="iso-date">
    <xsl:param name="text"/>
    <xsl:variable name="d" select="normalize-space($text)"/>
    <xsl:choose>
      <xsl:when test="string-length($d) = 10 and substring($d, 5, 1) = '-'
                      and substring($d, 8, 1) = '-'
                      and translate($d, '0123456789', '') = '--'">
        <xsl:value-of select="$d"/>
      </xsl:when>
      <xsl:when test="contains($d, '年') and contains($d, '月') and contains($d, '日')
                      and substring-after($d, '日') = ''">
        <xsl:variable name="y" select="substring-before($d, '年')"/>
        <xsl:variable name="m" select="substring-before(substring-after($d, '年'), '月')"/>
        <xsl:variable name="dd" select="substring-before(substring-after($d, '月'), '日')"/>
        <xsl:if test="string-length($y) = 4 and translate($y, '0123456789', '') = ''
                      and string-length($m) &gt;= 1 and string-length($m) &lt;= 2
                      and translate($m, '0123456789', '') = ''
                      and string-length($dd) &gt;= 1 and string-length($dd) &lt;= 2
                      and translate($dd, '0123456789', '') = ''">
          <xsl:value-of select="concat($y, '-', format-number($m, '00'), '-',
              format-number($dd, '00'))"/>
        </xsl:if>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
