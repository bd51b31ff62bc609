<?xml version="1.0" encoding="UTF-8"?>
<!-- Calls artnorm:normalize() in ways that fail and one that works: failures
     must give empty node-sets and messages, and the transform must go on. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:artnorm="https://artnorm.dev/ns/xslt/1"
    xmlns:a="https://artnorm.dev/ns/article/1">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:value-of select="concat('empty-input:', count(artnorm:normalize('')), '&#10;')"/>
    <xsl:value-of select="concat('bad-option:', count(artnorm:normalize(string(/), 'frobnicate=1')), '&#10;')"/>
    <xsl:value-of select="concat('too-large:', count(artnorm:normalize(string(/), 'max-input-bytes=10')), '&#10;')"/>
    <xsl:variable name="article" select="artnorm:normalize(string(/), 'pretty=1')/a:article"/>
    <xsl:value-of select="concat('works:', count($article), ':', $article/a:headline, '&#10;')"/>
    <xsl:for-each select="$article/a:tag">
      <xsl:value-of select="concat('tag:', ., '&#10;')"/>
    </xsl:for-each>
    <xsl:value-of select="concat('second-call:', artnorm:normalize(string(/))/a:article/a:publisher, '&#10;')"/>
    <xsl:value-of select="concat('version:', artnorm:version(), '&#10;')"/>
  </xsl:template>
</xsl:stylesheet>
