<?xml version="1.0" encoding="UTF-8"?>
<!--
  charts.xsl: the charts of a bulletin, from the report model
  (doc/model.md) to <chart> elements of the layout vocabulary
  (doc/layout.md).  `dubao charts` applies it as it is and writes each
  chart to its own file; bulletin.xsl imports it and calls the named
  templates where the charts belong.  All wording is here.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- The width of the charts in points: the type area, 156 mm. -->
  <xsl:param name="chart-width" select="442.2"/>

  <xsl:template match="/report">
    <layout>
      <xsl:call-template name="chart-completion"/>
      <xsl:call-template name="chart-status"/>
      <xsl:call-template name="chart-trend"/>
      <xsl:call-template name="chart-units"/>
    </layout>
  </xsl:template>

  <xsl:template name="as-of-words">
    <xsl:text>截至</xsl:text>
    <xsl:call-template name="date-long">
      <xsl:with-param name="date" select="/report/issue/@as-of"/>
    </xsl:call-template>
    <xsl:if test="/report/issue/@number">
      <xsl:value-of select="concat('（第', /report/issue/@number, '期）')"/>
    </xsl:if>
  </xsl:template>

  <!-- 1. Completion per category, with the expected progress. -->
  <xsl:template name="chart-completion">
    <chart id="completion" kind="bars" width="{$chart-width}"
           title="{/report/plan/@title}各类别完成情况">
      <xsl:attribute name="subtitle">
        <xsl:call-template name="as-of-words"/>
        <xsl:if test="/report/summary/@completion">
          <xsl:text>，总体完成</xsl:text>
          <xsl:call-template name="percent">
            <xsl:with-param name="value" select="/report/summary/@completion"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:attribute>
      <xsl:attribute name="note">
        <xsl:text>注：完成率为各项目完成率的加权平均，无数据的项目不计入；序时进度按计划节点或全年均匀推进测算；</xsl:text>
        <xsl:call-template name="threshold-words"/>
        <xsl:text>。</xsl:text>
      </xsl:attribute>
      <legend>
        <xsl:call-template name="light-legend"/>
        <key style="marker">序时进度</key>
      </legend>
      <xsl:for-each select="category">
        <bar label="{concat(@seq, '、', @name)}" style="{@light}">
          <xsl:if test="not(@seq)">
            <xsl:attribute name="label"><xsl:value-of select="@name"/></xsl:attribute>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="@completion">
              <xsl:attribute name="value"><xsl:value-of select="@completion"/></xsl:attribute>
              <xsl:if test="@expected">
                <xsl:attribute name="marker"><xsl:value-of select="@expected"/></xsl:attribute>
              </xsl:if>
              <xsl:call-template name="percent">
                <xsl:with-param name="value" select="@completion"/>
              </xsl:call-template>
              <xsl:if test="@completion = 1 and .//*[@ratio &gt; 1]">（含超额完成）</xsl:if>
            </xsl:when>
            <xsl:when test="@reported = 'no'">未报送</xsl:when>
            <xsl:otherwise>无完成率数据</xsl:otherwise>
          </xsl:choose>
        </bar>
      </xsl:for-each>
    </chart>
  </xsl:template>

  <!-- 2. Projects per category by light. -->
  <xsl:template name="chart-status">
    <chart id="status" kind="stacked" width="{$chart-width}"
           title="各类别项目亮灯情况">
      <xsl:attribute name="subtitle">
        <xsl:call-template name="as-of-words"/>
        <xsl:value-of select="concat('，共', /report/summary/counts[@of='projects']/@total, '个项目')"/>
      </xsl:attribute>
      <legend><xsl:call-template name="light-legend"/></legend>
      <xsl:for-each select="category">
        <bar label="{@name}" total="{counts/@total}项">
          <xsl:call-template name="light-segments">
            <xsl:with-param name="counts" select="counts"/>
          </xsl:call-template>
        </bar>
      </xsl:for-each>
    </chart>
  </xsl:template>

  <xsl:template name="light-segments">
    <xsl:param name="counts"/>
    <seg style="done" value="{$counts/@done}"/>
    <seg style="green" value="{$counts/@green}"/>
    <seg style="yellow" value="{$counts/@yellow}"/>
    <seg style="red" value="{$counts/@red}"/>
    <seg style="grey" value="{$counts/@grey}"/>
  </xsl:template>

  <!-- 3. Completion across the issues given, when there are two or more:
       the whole plan, then one small panel per category.  The parameters
       let a review draw it in parts (the defaults draw all of it):
         report    the <report> of the model whose history is drawn
                   (default: the context, /report in a bulletin)
         chart-id  the chart's id (default trend); title its title
         panels    the categories drawn, one panel each (default: all)
         whole     whether the whole plan's panel comes first
         head      whether the chart has its title, subtitle and legend -->
  <xsl:template name="chart-trend">
    <xsl:param name="report" select="."/>
    <xsl:param name="chart-id" select="'trend'"/>
    <xsl:param name="title" select="'完成率走势'"/>
    <xsl:param name="panels" select="$report/category"/>
    <xsl:param name="whole" select="true()"/>
    <xsl:param name="head" select="true()"/>
    <xsl:variable name="points" select="$report/history/point"/>
    <xsl:if test="count($points) &gt;= 2">
      <chart id="{$chart-id}" kind="trend" width="{$chart-width}">
        <xsl:if test="$head">
          <xsl:attribute name="title"><xsl:value-of select="$title"/></xsl:attribute>
          <xsl:attribute name="subtitle">
            <xsl:call-template name="date-long">
              <xsl:with-param name="date" select="$points[1]/@as-of"/>
            </xsl:call-template>
            <xsl:text>至</xsl:text>
            <xsl:call-template name="date-long">
              <xsl:with-param name="date" select="$points[last()]/@as-of"/>
            </xsl:call-template>
            <xsl:value-of select="concat('，共', count($points), '期')"/>
          </xsl:attribute>
          <legend>
            <key style="line">完成率</key>
            <key style="expected">序时进度</key>
          </legend>
        </xsl:if>
        <xsl:for-each select="$points">
          <x>
            <xsl:call-template name="date-short">
              <xsl:with-param name="date" select="@as-of"/>
            </xsl:call-template>
          </x>
        </xsl:for-each>
        <xsl:if test="$whole">
          <panel label="全部项目" emphasis="yes" style="{$report/summary/@light}" empty="无完成率数据">
            <xsl:for-each select="$points">
              <xsl:call-template name="trend-point"/>
            </xsl:for-each>
          </panel>
        </xsl:if>
        <xsl:for-each select="$panels">
          <xsl:variable name="id" select="@id"/>
          <panel label="{@name}" style="{@light}" empty="无完成率数据">
            <xsl:for-each select="$points/category[@ref = $id]">
              <xsl:call-template name="trend-point"/>
            </xsl:for-each>
          </panel>
        </xsl:for-each>
      </chart>
    </xsl:if>
  </xsl:template>

  <!-- A point: its value, its expectation, the value as text on the last. -->
  <xsl:template name="trend-point">
    <point>
      <xsl:if test="@completion">
        <xsl:attribute name="value"><xsl:value-of select="@completion"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="@expected">
        <xsl:attribute name="expected"><xsl:value-of select="@expected"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="position() = last() and @completion">
        <xsl:call-template name="percent">
          <xsl:with-param name="value" select="@completion"/>
        </xsl:call-template>
      </xsl:if>
    </point>
  </xsl:template>

  <!-- 4. Items per lead unit by light, the most red first. -->
  <xsl:template name="chart-units">
    <chart id="units" kind="stacked" width="{$chart-width}" title="各责任单位推进情况">
      <xsl:attribute name="subtitle">
        <xsl:call-template name="as-of-words"/>
        <xsl:text>，按红灯、黄灯、未报送项数排序</xsl:text>
      </xsl:attribute>
      <legend><xsl:call-template name="light-legend"/></legend>
      <xsl:for-each select="units/unit">
        <xsl:sort select="counts/@red" data-type="number" order="descending"/>
        <xsl:sort select="counts/@yellow" data-type="number" order="descending"/>
        <xsl:sort select="counts/@grey" data-type="number" order="descending"/>
        <xsl:sort select="counts/@total" data-type="number" order="descending"/>
        <bar total="{counts/@total}项">
          <xsl:attribute name="label">
            <xsl:choose>
              <xsl:when test="@name"><xsl:value-of select="@name"/></xsl:when>
              <xsl:otherwise>未明确责任单位</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:call-template name="light-segments">
            <xsl:with-param name="counts" select="counts"/>
          </xsl:call-template>
        </bar>
      </xsl:for-each>
    </chart>
  </xsl:template>
</xsl:stylesheet>
