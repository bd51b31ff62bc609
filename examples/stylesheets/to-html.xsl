<?xml version="1.0" encoding="UTF-8"?>
<!--
  to-html.xsl - artnorm article XML to a clean HTML5 page.

    xsltproc examples/stylesheets/to-html.xsl article.xml > article.html

  The page is polyglot HTML5 (XHTML syntax, HTML namespace): it parses the
  same as HTML and as XML, so xmllint can check it. Structure:
    <article>  <header> h1 headline, description, byline, <time datetime>,
                        publisher </header>
               <figure> img + <figcaption> caption <small> credit </figure>
               body blocks (artnorm h level n becomes h(n+1): h1 is the headline)
               <footer> tags </footer>
    </article>
    <aside>    related articles </aside>
  The few words the page adds are parameters, for other languages.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:a="https://artnorm.dev/ns/article/1"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="a">
  <!-- No indent: it would add white space inside <pre>. -->
  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" indent="no"/>

  <xsl:param name="by-label" select="'By'"/>
  <xsl:param name="published-label" select="'Published'"/>
  <xsl:param name="updated-label" select="'Updated'"/>
  <xsl:param name="tags-label" select="'Tags'"/>
  <xsl:param name="related-label" select="'Related articles'"/>
  <xsl:param name="minutes-label" select="'min read'"/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <xsl:apply-templates select="a:article"/>
  </xsl:template>

  <xsl:template match="a:article">
    <html lang="{@xml:lang}" xml:lang="{@xml:lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="a:headline"/></title>
        <xsl:if test="a:author">
          <meta name="author">
            <xsl:attribute name="content">
              <xsl:for-each select="a:author">
                <xsl:if test="position() &gt; 1">, </xsl:if>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </xsl:attribute>
          </meta>
        </xsl:if>
        <xsl:if test="a:description">
          <meta name="description" content="{a:description}"/>
        </xsl:if>
        <xsl:if test="a:tag">
          <meta name="keywords">
            <xsl:attribute name="content">
              <xsl:for-each select="a:tag">
                <xsl:if test="position() &gt; 1">, </xsl:if>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </xsl:attribute>
          </meta>
        </xsl:if>
      </head>
      <body>
        <article>
          <header>
            <xsl:apply-templates select="a:headline | a:description"/>
            <xsl:if test="a:author">
              <p class="byline">
                <xsl:value-of select="concat($by-label, ' ')"/>
                <xsl:for-each select="a:author">
                  <xsl:if test="position() &gt; 1">, </xsl:if>
                  <span class="author"><xsl:value-of select="."/></span>
                </xsl:for-each>
              </p>
            </xsl:if>
            <xsl:if test="a:published | a:updated">
              <p class="dates">
                <xsl:apply-templates select="a:published | a:updated"/>
              </p>
            </xsl:if>
            <xsl:apply-templates select="a:publisher"/>
          </header>
          <xsl:apply-templates select="a:figure"/>
          <xsl:apply-templates select="a:body/*"/>
          <xsl:if test="a:tag">
            <footer>
              <p class="tags">
                <xsl:value-of select="concat($tags-label, ': ')"/>
                <xsl:for-each select="a:tag">
                  <xsl:if test="position() &gt; 1">, </xsl:if>
                  <span class="tag"><xsl:value-of select="."/></span>
                </xsl:for-each>
              </p>
            </footer>
          </xsl:if>
        </article>
        <xsl:apply-templates select="a:related"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="a:headline">
    <h1><xsl:value-of select="."/></h1>
  </xsl:template>

  <xsl:template match="a:description">
    <p class="description"><xsl:value-of select="."/></p>
  </xsl:template>

  <xsl:template match="a:publisher">
    <p class="publisher"><xsl:value-of select="."/></p>
  </xsl:template>

  <!-- <time datetime> takes artnorm's ISO 8601 value as it is; the visible
       text shows it with a space instead of the "T". -->
  <xsl:template match="a:published | a:updated">
    <xsl:if test="self::a:updated and ../a:published"> · </xsl:if>
    <xsl:choose>
      <xsl:when test="self::a:published"><xsl:value-of select="concat($published-label, ' ')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($updated-label, ' ')"/></xsl:otherwise>
    </xsl:choose>
    <time datetime="{.}" class="{local-name()}"><xsl:value-of select="translate(., 'T', ' ')"/></time>
  </xsl:template>

  <xsl:template match="a:figure">
    <figure>
      <xsl:if test="@src">
        <img src="{@src}" alt="{a:caption}"/>
      </xsl:if>
      <xsl:if test="a:caption | a:credit">
        <figcaption>
          <xsl:value-of select="a:caption"/>
          <xsl:if test="a:caption and a:credit"><xsl:text> </xsl:text></xsl:if>
          <xsl:if test="a:credit">
            <small class="credit"><xsl:value-of select="a:credit"/></small>
          </xsl:if>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <!-- ==== body blocks ==== -->
  <xsl:template match="a:p">
    <p><xsl:value-of select="."/></p>
  </xsl:template>

  <xsl:template match="a:h">
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="@level &gt;= 6">6</xsl:when>
        <xsl:when test="@level &gt;= 1"><xsl:value-of select="@level + 1"/></xsl:when>
        <xsl:otherwise>2</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="h{$level}"><xsl:value-of select="."/></xsl:element>
  </xsl:template>

  <xsl:template match="a:list[@type = 'ordered']">
    <ol><xsl:apply-templates select="a:item"/></ol>
  </xsl:template>

  <xsl:template match="a:list">
    <ul><xsl:apply-templates select="a:item"/></ul>
  </xsl:template>

  <xsl:template match="a:item">
    <li><xsl:call-template name="text-or-placeholder"/></li>
  </xsl:template>

  <xsl:template match="a:quote">
    <blockquote><p><xsl:value-of select="."/></p></blockquote>
  </xsl:template>

  <xsl:template match="a:code">
    <pre><code><xsl:value-of select="."/></code></pre>
  </xsl:template>

  <xsl:template match="a:table">
    <table>
      <tbody>
        <xsl:for-each select="a:row">
          <tr>
            <xsl:for-each select="a:cell">
              <td><xsl:call-template name="text-or-placeholder"/></td>
            </xsl:for-each>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- An empty item or cell would be written <li/>, which an HTML parser
       reads as an open tag. An empty comment node keeps the element from
       being empty; libxslt writes it as nothing, giving <li></li>. -->
  <xsl:template name="text-or-placeholder">
    <xsl:choose>
      <xsl:when test="string-length(.) &gt; 0"><xsl:value-of select="."/></xsl:when>
      <xsl:otherwise><xsl:comment/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== related articles ==== -->
  <xsl:template match="a:related">
    <aside class="related">
      <h2><xsl:value-of select="$related-label"/></h2>
      <ul>
        <xsl:for-each select="a:link">
          <li>
            <xsl:if test="a:kicker">
              <span class="kicker"><xsl:value-of select="a:kicker"/></span>
              <xsl:text> </xsl:text>
            </xsl:if>
            <xsl:choose>
              <xsl:when test="@href">
                <a href="{@href}"><xsl:value-of select="a:title"/></a>
              </xsl:when>
              <xsl:otherwise>
                <strong><xsl:value-of select="a:title"/></strong>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:if test="a:summary">
              <p class="summary"><xsl:value-of select="a:summary"/></p>
            </xsl:if>
            <xsl:if test="a:reading-time">
              <small class="reading-time">
                <xsl:value-of select="concat(a:reading-time/@minutes, ' ', $minutes-label)"/>
              </small>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </aside>
  </xsl:template>
</xsl:stylesheet>
