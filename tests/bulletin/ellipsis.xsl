<?xml version="1.0" encoding="UTF-8"?>
<!--
  tests/bulletin/ellipsis.xsl: a bulletin template for tests/bulletin.t
  that ignores the model: one bar chart whose label is too long for two
  lines, so that dubao shortens it with "…" (doc/layout.md, kind="bars").
  The PDF must show the "…", not the characters it stands for.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:template match="/">
    <document title="过长标签">
      <chart id="long" kind="bars" title="过长的标签">
        <legend><key style="done">已完成</key></legend>
        <bar label="这是一个名称非常非常长的类别用来检验图表在类别名称过长时能否换行或者省略而仍然清楚可读的情况" style="done" value="0.5">50.00%</bar>
        <bar label="短标签" style="done" value="0.25">25.00%</bar>
      </chart>
    </document>
  </xsl:template>
</xsl:stylesheet>
