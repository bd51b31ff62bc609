<?xml version="1.0" encoding="UTF-8"?>
<!--
  headline-and-body.xsl - normalizes page text inside xsltproc with the artnorm
  extension module and prints the headline, the date and the body as plain text.

  The page text is either
    - the string parameter "text":
        xsltproc -stringparam text "$(cat page.txt)" headline-and-body.xsl page.xml
      (simple, but one command-line argument is limited to 128 KiB on Linux), or
    - the string value of the input document, e.g. a wrapper that pulls the
      file in with XInclude (any size, no quoting):
        <page xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="page.txt" parse="text"/></page>
        xsltproc -xinclude headline-and-body.xsl wrapper.xml
  Parameter "options" takes artnorm_normalizer_configure syntax, e.g.
  "from=html, language=de".

  xsltproc finds the module when LIBXSLT_PLUGINS_PATH names the folder that
  holds artnorm_dev_ns_xslt_1.so (build/lib/xslt-plugins in a build tree).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:artnorm="https://artnorm.dev/ns/xslt/1"
    xmlns:a="https://artnorm.dev/ns/article/1"
    exclude-result-prefixes="artnorm a">
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="text" select="''"/>
  <xsl:param name="options" select="''"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="not(function-available('artnorm:normalize'))">
        <xsl:message terminate="yes">artnorm extension module not found: set LIBXSLT_PLUGINS_PATH to the folder holding artnorm_dev_ns_xslt_1.so</xsl:message>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="input">
          <xsl:choose>
            <xsl:when test="string-length($text) &gt; 0"><xsl:value-of select="$text"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="string(/)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="article" select="artnorm:normalize(string($input), $options)/a:article"/>
        <xsl:choose>
          <xsl:when test="not($article)">
            <xsl:message terminate="yes">artnorm could not normalize the input (see the message above)</xsl:message>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="$article"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="a:article">
    <xsl:value-of select="a:headline"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:if test="a:published">
      <xsl:value-of select="concat('Published: ', a:published, '&#10;')"/>
    </xsl:if>
    <xsl:for-each select="a:author">
      <xsl:value-of select="concat('By: ', ., '&#10;')"/>
    </xsl:for-each>
    <xsl:apply-templates select="a:body/*"/>
    <xsl:value-of select="concat('&#10;(artnorm ', artnorm:version(), ', language ', @xml:lang, ')&#10;')"/>
  </xsl:template>

  <xsl:template match="a:p | a:quote | a:code">
    <xsl:value-of select="concat('&#10;', ., '&#10;')"/>
  </xsl:template>

  <xsl:template match="a:h">
    <xsl:value-of select="concat('&#10;## ', ., '&#10;')"/>
  </xsl:template>

  <xsl:template match="a:list">
    <xsl:text>&#10;</xsl:text>
    <xsl:for-each select="a:item">
      <xsl:choose>
        <xsl:when test="../@type = 'ordered'"><xsl:value-of select="concat(position(), '. ')"/></xsl:when>
        <xsl:otherwise>- </xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat(., '&#10;')"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="a:table">
    <xsl:text>&#10;</xsl:text>
    <xsl:for-each select="a:row">
      <xsl:for-each select="a:cell">
        <xsl:if test="position() &gt; 1"> | </xsl:if>
        <xsl:value-of select="."/>
      </xsl:for-each>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
