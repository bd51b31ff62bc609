// Rule "meta-tags": article metadata from <meta> tags, <time>, <html lang>
// and <title>.
#pragma once

#include "html/html_page.hpp"
#include "html/page_metadata.hpp"

namespace artnorm::html {

// The first non-empty value of each field's keys, in the order listed:
//  headline   og:title, twitter:title, parsely-title, dc.title, headline
//             (the other values of these keys: other_headlines)
//  page_title the <title> without its site part (split_site_name)
//  published  article:published_time, datepublished, parsely-pub-date,
//             dc.date.issued, dc.date, dcterms.created, date, pubdate,
//             publishdate, publish-date, sailthru.date, og:published_time;
//             else the first <time datetime>
//  updated    article:modified_time, datemodified, og:updated_time,
//             dcterms.modified, last-modified
//  authors    article:author and author (every tag; URLs skipped),
//             parsely-author, dc.creator, sailthru.author, byl ("By " cut)
//  publisher  og:site_name, dc.publisher, application-name; else the site
//             part of the <title>
//  description description, og:description, twitter:description, dc.description
//  tags       article:tag (every tag), keywords, news_keywords, parsely-tags, dc.subject
//  image      og:image, twitter:image
//  language   <html lang>, content-language, dc.language, og:locale
//             ("en_US" -> "en-US")
//  url        og:url, else <link rel=canonical>
PageMetadata read_meta_tags(const RawMetadata& raw);

}  // namespace artnorm::html
