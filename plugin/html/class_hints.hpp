// Rule "class-hints": what an element's class and id say about its content.
#pragma once

#include <string_view>

namespace artnorm::html {

// The class and id attribute values are split into lower-case tokens at
// every character that is not an ASCII letter or digit ("post-body__text"
// -> post, body, text). A token is positive when it starts with one of
// article, body, content, entry, main, post, story, text; negative when it
// starts with one of comment, footer, nav, menu, sidebar, share, social,
// related, promo, banner, cookie, newsletter, subscribe, breadcrumb, widget,
// masthead, header, byline (the author/date box: the shared byline and date
// rules still read its text, the body does not take it), or is exactly
// "ad"/"ads" or starts with "advert", or contains signup, newsletter or
// subscribe anywhere (compound tokens: "emailSignup" -> emailsignup).
// Part "pager-class": a class token that is exactly next, prev, previous,
// pagination or pager is negative too (links to the neighbouring article:
// "<div class='grid-x next'>- Next News <h5>Other headline</h5><p>its
// teaser</p></div>"); ids are not read for it (Next.js roots are "__next").
// Part "call-to-action-class": so is a class token that is exactly "cta"
// ("<div class='nrplus-cta'><h4>Something to Consider</h4><p>If you enjoyed
// this article... Join</p></div>"), likewise of the class attribute only.
// Score: +kClassHintWeight when any token is positive, -kClassHintWeight
// when any token is negative (both may apply and cancel out).
int class_hint_score(std::string_view class_attr, std::string_view id_attr);

// True when some token is negative and none positive: the element names
// itself boilerplate (rule "boilerplate-container" uses it).
bool is_negative_only(std::string_view class_attr, std::string_view id_attr);

// Rule "caption-class": a class token that contains "caption" or ends with
// "credit"/"credits" (wp-caption-text, imageEmbedCaption, image-credit,
// photocredit) marks the caption or credit of a picture, also outside
// <figure>. The DOM walk gives segments mostly made of such text the role of
// a caption, which keeps them out of the body.
bool names_caption(std::string_view class_attr);

// Rule "non-content-class": the class says the element is not content:
// a "nocontent" token (robots-nocontent, the crawler convention for
// furniture) or a token containing "noscript" (a fallback shown without
// JavaScript, like <noscript>, which is removed too).
bool names_non_content(std::string_view class_attr);

inline constexpr int kClassHintWeight = 25;

}  // namespace artnorm::html
