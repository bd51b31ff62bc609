<?xml version="1.0" encoding="UTF-8"?>
<!--
  to-nitf.xsl - artnorm article XML to NITF 3.6 (IPTC News Industry Text
  Format, XML Schema flavour, namespace http://iptc.org/std/NITF/2006-10-18/).

    xsltproc examples/stylesheets/to-nitf.xsl article.xml > article.nitf.xml

  Mapping:
    headline     -> head/title, body.head/hedline/hl1
    published    -> head/docdata/date.issue/@norm and body.head/dateline/story.date
    updated      -> head/docdata/date.release/@norm  (the latest release)
    author       -> body.head/byline/person (one byline per author)
    publisher    -> head/pubdata/@name (type="web")
    description  -> body.head/abstract/p
    tag          -> head/docdata/key-list/keyword/@key
    figure       -> body.content/media media-type="image": media-reference
                    (@source when src is known), media-caption, media-producer
    p, h, list, quote, code, table
                 -> p, hl2, ul|ol/li, bq/block/p, pre, table/tr/td
    related      -> body.content/block class="related" with a ul of links
    xml:lang     -> nitf/@baselang
  NITF dates (@norm) use the ISO 8601 basic form CCYYMMDDTHHMMSS[+-]HHMM;
  a date without a time gets T000000.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:a="https://artnorm.dev/ns/article/1"
    xmlns="http://iptc.org/std/NITF/2006-10-18/"
    exclude-result-prefixes="a">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:apply-templates select="a:article"/>
  </xsl:template>

  <xsl:template match="a:article">
    <nitf version="-//IPTC//DTD NITF 3.6//EN" baselang="{@xml:lang}">
      <head>
        <xsl:if test="a:headline">
          <title><xsl:value-of select="a:headline"/></title>
        </xsl:if>
        <docdata>
          <xsl:apply-templates select="a:published | a:updated" mode="docdata"/>
          <xsl:if test="a:tag">
            <key-list>
              <xsl:for-each select="a:tag">
                <keyword key="{.}"/>
              </xsl:for-each>
            </key-list>
          </xsl:if>
        </docdata>
        <xsl:if test="a:publisher">
          <pubdata type="web" name="{a:publisher}"/>
        </xsl:if>
      </head>
      <body>
        <body.head>
          <xsl:if test="a:headline">
            <hedline><hl1><xsl:value-of select="a:headline"/></hl1></hedline>
          </xsl:if>
          <xsl:for-each select="a:author">
            <byline><person><xsl:value-of select="."/></person></byline>
          </xsl:for-each>
          <xsl:for-each select="a:published">
            <dateline>
              <story.date>
                <xsl:attribute name="norm"><xsl:call-template name="iso-basic"/></xsl:attribute>
                <xsl:value-of select="."/>
              </story.date>
            </dateline>
          </xsl:for-each>
          <xsl:if test="a:description">
            <abstract><p><xsl:value-of select="a:description"/></p></abstract>
          </xsl:if>
        </body.head>
        <body.content>
          <xsl:apply-templates select="a:figure"/>
          <xsl:apply-templates select="a:body/*"/>
          <xsl:apply-templates select="a:related"/>
        </body.content>
      </body>
    </nitf>
  </xsl:template>

  <xsl:template match="a:published" mode="docdata">
    <date.issue>
      <xsl:attribute name="norm"><xsl:call-template name="iso-basic"/></xsl:attribute>
    </date.issue>
  </xsl:template>

  <xsl:template match="a:updated" mode="docdata">
    <date.release>
      <xsl:attribute name="norm"><xsl:call-template name="iso-basic"/></xsl:attribute>
    </date.release>
  </xsl:template>

  <!-- artnorm's ISO 8601 extended form (YYYY-MM-DD[Thh:mm[:ss][Z|+hh:mm]])
       to the basic form NITF uses: 2023-11-02T14:05+03:00 -> 20231102T140500+0300. -->
  <xsl:template name="iso-basic">
    <xsl:param name="value" select="string(.)"/>
    <xsl:variable name="time" select="substring($value, 12)"/>
    <xsl:variable name="seconds">
      <xsl:choose>
        <xsl:when test="substring($time, 6, 1) = ':'"><xsl:value-of select="substring($time, 7, 2)"/></xsl:when>
        <xsl:otherwise>00</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="zone">
      <xsl:choose>
        <xsl:when test="substring($time, 6, 1) = ':'"><xsl:value-of select="substring($time, 9)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="substring($time, 6)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="translate(substring($value, 1, 10), '-', '')"/>
    <xsl:text>T</xsl:text>
    <xsl:choose>
      <xsl:when test="string-length($time) &gt;= 5">
        <xsl:value-of select="concat(substring($time, 1, 2), substring($time, 4, 2), $seconds)"/>
      </xsl:when>
      <xsl:otherwise>000000</xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$zone = 'Z'">+0000</xsl:when>
      <xsl:otherwise><xsl:value-of select="translate($zone, ':', '')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="a:figure">
    <media media-type="image">
      <media-reference>
        <xsl:if test="@src"><xsl:attribute name="source"><xsl:value-of select="@src"/></xsl:attribute></xsl:if>
        <xsl:if test="a:caption"><xsl:attribute name="alternate-text"><xsl:value-of select="a:caption"/></xsl:attribute></xsl:if>
      </media-reference>
      <xsl:if test="a:caption">
        <media-caption><xsl:value-of select="a:caption"/></media-caption>
      </xsl:if>
      <xsl:if test="a:credit">
        <media-producer><xsl:value-of select="a:credit"/></media-producer>
      </xsl:if>
    </media>
  </xsl:template>

  <!-- ==== body blocks ==== -->
  <xsl:template match="a:p">
    <p><xsl:value-of select="."/></p>
  </xsl:template>

  <!-- NITF has one in-body heading element; the level goes to @class. -->
  <xsl:template match="a:h">
    <hl2 class="h{@level}"><xsl:value-of select="."/></hl2>
  </xsl:template>

  <xsl:template match="a:list[@type = 'ordered']">
    <ol><xsl:apply-templates select="a:item"/></ol>
  </xsl:template>

  <xsl:template match="a:list">
    <ul><xsl:apply-templates select="a:item"/></ul>
  </xsl:template>

  <xsl:template match="a:item">
    <li><xsl:value-of select="."/></li>
  </xsl:template>

  <xsl:template match="a:quote">
    <bq><block><p><xsl:value-of select="."/></p></block></bq>
  </xsl:template>

  <xsl:template match="a:code">
    <pre><xsl:value-of select="."/></pre>
  </xsl:template>

  <xsl:template match="a:table">
    <table>
      <xsl:for-each select="a:row">
        <tr>
          <xsl:for-each select="a:cell">
            <td><xsl:value-of select="."/></td>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- ==== related articles ==== -->
  <xsl:template match="a:related">
    <block class="related">
      <ul>
        <xsl:for-each select="a:link">
          <li>
            <xsl:if test="a:kicker">
              <em class="kicker"><xsl:value-of select="a:kicker"/></em>
              <xsl:text> </xsl:text>
            </xsl:if>
            <xsl:choose>
              <xsl:when test="@href">
                <a href="{@href}"><xsl:value-of select="a:title"/></a>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="a:title"/></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="a:summary">
              <xsl:value-of select="concat(' ', a:summary)"/>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </block>
  </xsl:template>
</xsl:stylesheet>
