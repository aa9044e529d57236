<?xml version="1.0" encoding="UTF-8"?>
<!--
  tests/bulletin/meta.xsl: a bulletin template for tests/bulletin.t that
  ignores the model: metadata and a bookmarked heading with a character
  beyond the Basic Multilingual Plane (𠮷, U+20BB7), which PDF text
  strings hold as a UTF-16 surrogate pair; no author, so the PDF has
  none.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:template match="/">
    <document title="𠮷野社区改造通报" subject="𠮷野街道" keywords="𠮷野, 通报">
      <heading level="1">一、𠮷野社区</heading>
      <para>𠮷野社区改造正在推进。</para>
    </document>
  </xsl:template>
</xsl:stylesheet>
