// Rule "hidden-class": an element whose class attribute holds a whole token
// that CSS frameworks define as display:none ("hidden", "hide", "d-none",
// "is-hidden", "invisible") is not shown on the page, like one with the
// hidden attribute (rule "hidden-elements"): a gallery overlay that repeats
// the headline with "1 / 4 Back to Gallery", a "Read later" tooltip, a
// newsletter modal. Part "screen-reader-class": text only screen readers
// get ("sr-only", "screen-reader-text", "visually-hidden",
// "visuallyhidden": "Skip to content", "Share this on Facebook", "Search
// for:") is not on the screen either.
//
// Tokens are the class value split at white space and compared ignoring
// ASCII case; a token only containing one ("hidden-xs", "hide-for-small":
// hidden on one screen size only) does not count. Part
// "responsive-display": nor does a hiding token next to one that shows the
// element again on some screen ("d-none d-lg-block", "visible-md", Tailwind
// "hidden md:block": a sidebar shown on wide screens); a print-only display
// ("d-none d-print-block": the citation box of the printed page) does not
// show it on a screen.
//
// Part "hidden-page": html, body, article and main are not read for it: a
// page that hides itself until its scripts have run ("<body class='hidden'>",
// against a flash of unstyled content) shows its text all the same.
//
// A box whose class also names it article content (a positive class hint,
// class_hints.hpp: "story-rest hidden") is the rest of the text that a
// "Read more" button reveals, and stays.
#pragma once

#include <string_view>

namespace artnorm::html {

bool names_hidden_box(std::string_view class_attr);

}  // namespace artnorm::html
