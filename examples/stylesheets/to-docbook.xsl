<?xml version="1.0" encoding="UTF-8"?>
<!--
  to-docbook.xsl - artnorm article XML to a DocBook 5 article, mainly as the
  bridge to pandoc (which reads DocBook and writes Markdown, docx, EPUB...):

    xsltproc examples/stylesheets/to-docbook.xsl article.xml > article.dbk
    pandoc -f docbook -t markdown article.dbk

  Mapping:
    headline, author, publisher, published, updated, description, tag
                 -> info: title, author/personname, publisher/publishername,
                    pubdate, revhistory/revision/date, abstract/para,
                    keywordset/keyword
    figure       -> figure (informalfigure without a caption): mediaobject
                    with imageobject/imagedata/@fileref when src is known,
                    else textobject; the credit in mediaobject/caption
    p, list, quote, code, table
                 -> para, itemizedlist|orderedlist/listitem/para,
                    blockquote/para, programlisting, informaltable
    h            -> every heading opens a section (DocBook allows no block
                    after a section, so the blocks up to the next heading
                    go inside it); the level goes to @role
    related      -> a last section role="related" with an itemizedlist
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:a="https://artnorm.dev/ns/article/1"
    xmlns="http://docbook.org/ns/docbook"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    exclude-result-prefixes="a">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="related-label" select="'Related articles'"/>

  <!-- Blocks of the body grouped by the heading before them (none: ""). -->
  <xsl:key name="section" match="a:body/*[not(self::a:h)]"
           use="generate-id(preceding-sibling::a:h[1])"/>

  <xsl:template match="/">
    <xsl:apply-templates select="a:article"/>
  </xsl:template>

  <xsl:template match="a:article">
    <article version="5.0" xml:lang="{@xml:lang}">
      <info>
        <title><xsl:value-of select="a:headline"/></title>
        <xsl:for-each select="a:author">
          <author><personname><xsl:value-of select="."/></personname></author>
        </xsl:for-each>
        <xsl:if test="a:publisher">
          <publisher><publishername><xsl:value-of select="a:publisher"/></publishername></publisher>
        </xsl:if>
        <xsl:if test="a:published">
          <pubdate><xsl:value-of select="a:published"/></pubdate>
        </xsl:if>
        <xsl:if test="a:updated">
          <revhistory>
            <revision>
              <date><xsl:value-of select="a:updated"/></date>
              <revremark>updated</revremark>
            </revision>
          </revhistory>
        </xsl:if>
        <xsl:if test="a:description">
          <abstract><para><xsl:value-of select="a:description"/></para></abstract>
        </xsl:if>
        <xsl:if test="a:tag">
          <keywordset>
            <xsl:for-each select="a:tag">
              <keyword><xsl:value-of select="."/></keyword>
            </xsl:for-each>
          </keywordset>
        </xsl:if>
      </info>
      <xsl:apply-templates select="a:figure"/>
      <xsl:apply-templates select="key('section', '')"/>
      <xsl:apply-templates select="a:body/a:h"/>
      <xsl:apply-templates select="a:related"/>
    </article>
  </xsl:template>

  <xsl:template match="a:figure[a:caption]">
    <figure>
      <title><xsl:value-of select="a:caption"/></title>
      <xsl:call-template name="media-object"/>
    </figure>
  </xsl:template>

  <xsl:template match="a:figure">
    <informalfigure>
      <xsl:call-template name="media-object"/>
    </informalfigure>
  </xsl:template>

  <xsl:template name="media-object">
    <mediaobject>
      <xsl:choose>
        <xsl:when test="@src">
          <imageobject><imagedata fileref="{@src}"/></imageobject>
        </xsl:when>
        <xsl:otherwise>
          <textobject><phrase><xsl:value-of select="a:caption | a:credit"/></phrase></textobject>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="a:credit">
        <caption><para><xsl:value-of select="a:credit"/></para></caption>
      </xsl:if>
    </mediaobject>
  </xsl:template>

  <!-- ==== body ==== -->
  <xsl:template match="a:h">
    <section role="h{@level}">
      <title><xsl:value-of select="."/></title>
      <xsl:apply-templates select="key('section', generate-id())"/>
    </section>
  </xsl:template>

  <xsl:template match="a:p">
    <para><xsl:value-of select="."/></para>
  </xsl:template>

  <xsl:template match="a:list[@type = 'ordered']">
    <orderedlist><xsl:apply-templates select="a:item"/></orderedlist>
  </xsl:template>

  <xsl:template match="a:list">
    <itemizedlist><xsl:apply-templates select="a:item"/></itemizedlist>
  </xsl:template>

  <xsl:template match="a:item">
    <listitem><para><xsl:value-of select="."/></para></listitem>
  </xsl:template>

  <xsl:template match="a:quote">
    <blockquote><para><xsl:value-of select="."/></para></blockquote>
  </xsl:template>

  <xsl:template match="a:code">
    <programlisting><xsl:value-of select="."/></programlisting>
  </xsl:template>

  <!-- CALS tables need the column count: the widest row's. -->
  <xsl:template match="a:table">
    <xsl:variable name="columns">
      <xsl:for-each select="a:row">
        <xsl:sort select="count(a:cell)" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="count(a:cell)"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <informaltable>
      <tgroup cols="{$columns}">
        <tbody>
          <xsl:for-each select="a:row">
            <row>
              <xsl:for-each select="a:cell">
                <entry><xsl:value-of select="."/></entry>
              </xsl:for-each>
            </row>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </informaltable>
  </xsl:template>

  <!-- ==== related articles ==== -->
  <xsl:template match="a:related">
    <section role="related">
      <title><xsl:value-of select="$related-label"/></title>
      <itemizedlist>
        <xsl:for-each select="a:link">
          <listitem>
            <para>
              <xsl:if test="a:kicker">
                <emphasis role="kicker"><xsl:value-of select="a:kicker"/></emphasis>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:choose>
                <xsl:when test="@href">
                  <link xlink:href="{@href}"><xsl:value-of select="a:title"/></link>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="a:title"/></xsl:otherwise>
              </xsl:choose>
              <xsl:if test="a:summary">
                <xsl:value-of select="concat(' ', a:summary)"/>
              </xsl:if>
            </para>
          </listitem>
        </xsl:for-each>
      </itemizedlist>
    </section>
  </xsl:template>
</xsl:stylesheet>
