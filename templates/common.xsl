<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: named templates every report template shares: dates and
  percentages as a bulletin prints them, and the words for the lights.
  Imported by charts.xsl and bulletin.xsl.
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

  <!-- The thresholds of the lights in words, from /report/thresholds. -->
  <xsl:template name="threshold-words">
    <xsl:variable name="t" select="/report/thresholds"/>
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
</xsl:stylesheet>
