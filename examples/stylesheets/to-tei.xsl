<?xml version="1.0" encoding="UTF-8"?>
<!--
  to-tei.xsl - artnorm article XML to TEI P5, shaped like trafilatura's
  XML-TEI output so corpora built with either tool line up:

    TEI
      teiHeader
        fileDesc
          titleStmt         title type="main", author*
          publicationStmt   publisher (or an empty p)
          sourceDesc        bibl: title, author*, publisher, date when=...
        profileDesc         abstract (description), langUsage,
                            textClass/keywords/term type="tags"
        encodingDesc        names this conversion
        revisionDesc        change when=... for the update date
      text xml:lang=...
        body
          div type="entry"  figures, then the body: p, list rend=ul|ol /item,
                            quote, eg (code), table/row/cell; every heading opens
                            a nested div whose first child is head rend="hN"
        back
          div type="related"  list of the related articles

  Differences from trafilatura, for validity against tei_all: headings open
  divs (TEI allows head only at the start of a div), figures use
  graphic/@url with the caption as head and the credit as note type="credit",
  code becomes eg (TEI's block for examples; code is an inline element). Dates use TEI's @when (W3C dateTime, seconds added
  when artnorm gives hh:mm).

    xsltproc examples/stylesheets/to-tei.xsl article.xml > article.tei.xml
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:a="https://artnorm.dev/ns/article/1"
    xmlns="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="a">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- Blocks of the body grouped by the heading before them (none: "").
       Key over the body's children so that each heading's section is
       key('section', generate-id(heading)). -->
  <xsl:key name="section" match="a:body/*[not(self::a:h)]"
           use="generate-id(preceding-sibling::a:h[1])"/>

  <xsl:template match="/">
    <xsl:apply-templates select="a:article"/>
  </xsl:template>

  <xsl:template match="a:article">
    <TEI>
      <teiHeader>
        <fileDesc>
          <titleStmt>
            <title type="main"><xsl:value-of select="a:headline"/></title>
            <xsl:for-each select="a:author">
              <author><xsl:value-of select="."/></author>
            </xsl:for-each>
          </titleStmt>
          <publicationStmt>
            <xsl:choose>
              <xsl:when test="a:publisher">
                <publisher><xsl:value-of select="a:publisher"/></publisher>
              </xsl:when>
              <xsl:otherwise><p/></xsl:otherwise>
            </xsl:choose>
          </publicationStmt>
          <sourceDesc>
            <bibl>
              <xsl:if test="a:headline">
                <title level="a"><xsl:value-of select="a:headline"/></title>
              </xsl:if>
              <xsl:for-each select="a:author">
                <author><xsl:value-of select="."/></author>
              </xsl:for-each>
              <xsl:if test="a:publisher">
                <publisher><xsl:value-of select="a:publisher"/></publisher>
              </xsl:if>
              <xsl:apply-templates select="a:published" mode="date"/>
            </bibl>
          </sourceDesc>
        </fileDesc>
        <profileDesc>
          <xsl:if test="a:description">
            <abstract><p><xsl:value-of select="a:description"/></p></abstract>
          </xsl:if>
          <langUsage>
            <language ident="{@xml:lang}"/>
          </langUsage>
          <xsl:if test="a:tag">
            <textClass>
              <keywords>
                <xsl:for-each select="a:tag">
                  <term type="tags"><xsl:value-of select="."/></term>
                </xsl:for-each>
              </keywords>
            </textClass>
          </xsl:if>
        </profileDesc>
        <encodingDesc>
          <p>Converted from artnorm article XML (vocabulary <xsl:value-of select="@version"/>) by to-tei.xsl.</p>
        </encodingDesc>
        <xsl:if test="a:updated">
          <revisionDesc>
            <xsl:for-each select="a:updated">
              <change type="updated">
                <xsl:attribute name="when">
                  <xsl:call-template name="w3c-date-time"/>
                </xsl:attribute>
              </change>
            </xsl:for-each>
          </revisionDesc>
        </xsl:if>
      </teiHeader>
      <text xml:lang="{@xml:lang}">
        <body>
          <div type="entry">
            <xsl:apply-templates select="a:figure"/>
            <xsl:apply-templates select="key('section', '')"/>
            <xsl:apply-templates select="a:body/a:h"/>
          </div>
        </body>
        <xsl:apply-templates select="a:related"/>
      </text>
    </TEI>
  </xsl:template>

  <!-- A date as <date when="...">text</date>. -->
  <xsl:template match="a:published | a:updated" mode="date">
    <date>
      <xsl:attribute name="when">
        <xsl:call-template name="w3c-date-time"/>
      </xsl:attribute>
      <xsl:value-of select="."/>
    </date>
  </xsl:template>

  <!-- TEI @when wants xsd:date or xsd:dateTime; dateTime needs seconds,
       which artnorm leaves out when the page gave none (YYYY-MM-DDThh:mm). -->
  <xsl:template name="w3c-date-time">
    <xsl:param name="value" select="string(.)"/>
    <xsl:choose>
      <xsl:when test="string-length($value) &gt; 10 and substring($value, 17, 1) != ':'">
        <xsl:value-of select="concat(substring($value, 1, 16), ':00', substring($value, 17))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="a:figure">
    <figure>
      <xsl:if test="@src"><graphic url="{@src}"/></xsl:if>
      <xsl:if test="a:caption"><head><xsl:value-of select="a:caption"/></head></xsl:if>
      <xsl:if test="a:credit"><note type="credit"><xsl:value-of select="a:credit"/></note></xsl:if>
    </figure>
  </xsl:template>

  <!-- ==== body ==== -->
  <xsl:template match="a:h">
    <div>
      <head rend="h{@level}"><xsl:value-of select="."/></head>
      <xsl:apply-templates select="key('section', generate-id())"/>
    </div>
  </xsl:template>

  <xsl:template match="a:p">
    <p><xsl:value-of select="."/></p>
  </xsl:template>

  <xsl:template match="a:list">
    <list>
      <xsl:attribute name="rend">
        <xsl:choose>
          <xsl:when test="@type = 'ordered'">ol</xsl:when>
          <xsl:otherwise>ul</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:for-each select="a:item">
        <item><xsl:value-of select="."/></item>
      </xsl:for-each>
    </list>
  </xsl:template>

  <xsl:template match="a:quote">
    <quote><xsl:value-of select="."/></quote>
  </xsl:template>

  <xsl:template match="a:code">
    <eg><xsl:value-of select="."/></eg>
  </xsl:template>

  <xsl:template match="a:table">
    <table>
      <xsl:for-each select="a:row">
        <row>
          <xsl:for-each select="a:cell">
            <cell><xsl:value-of select="."/></cell>
          </xsl:for-each>
        </row>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- ==== related articles ==== -->
  <xsl:template match="a:related">
    <back>
      <div type="related">
        <list>
          <xsl:for-each select="a:link">
            <item>
              <xsl:if test="a:kicker">
                <label><xsl:value-of select="a:kicker"/></label>
              </xsl:if>
              <xsl:choose>
                <xsl:when test="@href">
                  <ref target="{@href}"><xsl:value-of select="a:title"/></ref>
                </xsl:when>
                <xsl:otherwise>
                  <title><xsl:value-of select="a:title"/></title>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:if test="a:summary">
                <note type="summary"><xsl:value-of select="a:summary"/></note>
              </xsl:if>
              <xsl:if test="a:reading-time">
                <measure type="readingTime" unit="min" quantity="{a:reading-time/@minutes}">
                  <xsl:value-of select="a:reading-time/@minutes"/>
                  <xsl:text> min</xsl:text>
                </measure>
              </xsl:if>
            </item>
          </xsl:for-each>
        </list>
      </div>
    </back>
  </xsl:template>
</xsl:stylesheet>
