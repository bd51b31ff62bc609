#include <catch2/catch.hpp>

#include "html/class_hints.hpp"

using namespace artnorm::html;

TEST_CASE("class-hints: positive and negative tokens", "[html]") {
    CHECK(class_hint_score("article-body", "") == kClassHintWeight);
    CHECK(class_hint_score("", "main") == kClassHintWeight);
    CHECK(class_hint_score("comments", "") == -kClassHintWeight);
    CHECK(class_hint_score("share-bar social", "") == -kClassHintWeight);
    CHECK(class_hint_score("ad", "") == -kClassHintWeight);
    CHECK(class_hint_score("ads-slot", "") == -kClassHintWeight);
    CHECK(class_hint_score("Advertisement", "") == -kClassHintWeight);
    CHECK(class_hint_score("comment-content", "") == 0);  // both cancel
    CHECK(class_hint_score("shadow loading", "") == 0);   // "ad" only as a whole token
    CHECK(class_hint_score("", "") == 0);
}

TEST_CASE("class-hints: negative only", "[html]") {
    CHECK(is_negative_only("newsletter-signup", ""));
    CHECK(is_negative_only("", "breadcrumbs"));
    CHECK_FALSE(is_negative_only("post-footer entry", ""));
    CHECK_FALSE(is_negative_only("photo", ""));
}

TEST_CASE("caption-class: caption and credit class tokens", "[html]") {
    CHECK(names_caption("wp-caption-text"));
    CHECK(names_caption("InlineImage-imageEmbedCaption"));
    CHECK(names_caption("image-credit"));
    CHECK(names_caption("photoCredits"));
    CHECK_FALSE(names_caption("creditcards"));  // "credit" must end a token
    CHECK_FALSE(names_caption("article-body"));
    CHECK_FALSE(names_caption(""));
}

TEST_CASE("class-hints: sign-up words inside compound tokens", "[html]") {
    CHECK(class_hint_score("", "emailSignup") == -kClassHintWeight);
    CHECK(class_hint_score("footerNewsletterBox", "") == -kClassHintWeight);
    CHECK(class_hint_score("inlinesubscribeform", "") == -kClassHintWeight);
    CHECK(class_hint_score("signage", "") == 0);
}

TEST_CASE("non-content-class: robots-nocontent and noscript fallbacks", "[html]") {
    CHECK(names_non_content("robots-nocontent"));
    CHECK(names_non_content("box nocontent"));
    CHECK(names_non_content("js-noscript-warning"));
    CHECK_FALSE(names_non_content("content"));
    CHECK_FALSE(names_non_content("article-body"));
    CHECK_FALSE(names_non_content(""));
}

TEST_CASE("class-hints: the byline box is boilerplate for the body", "[html]") {
    CHECK(is_negative_only("byline-section", ""));
    CHECK(is_negative_only("", "bylineWrapper"));
    CHECK_FALSE(is_negative_only("story-byline", ""));  // positive and negative cancel out
}

TEST_CASE("pager-class: next/previous article boxes are boilerplate, a Next.js root is not", "[html]") {
    CHECK(is_negative_only("grid-x grid-padding-x align-middle next", ""));
    CHECK(is_negative_only("fuch prev-btn", ""));
    CHECK(is_negative_only("pagination", ""));
    CHECK(is_negative_only("post-pager", "") == false);  // "post" is positive: both cancel
    CHECK(class_hint_score("pager", "") == -kClassHintWeight);
    CHECK(class_hint_score("", "__next") == 0);           // ids are not read for it
    CHECK(class_hint_score("nextgen-gallery", "") == 0);  // whole tokens only
    CHECK(class_hint_score("preview", "") == 0);
}

TEST_CASE("call-to-action-class: a \"cta\" class token is negative, as a whole token only", "[html]") {
    CHECK(is_negative_only("nrplus-cta-wrap", ""));
    CHECK(is_negative_only("card-cta", ""));
    CHECK(class_hint_score("", "cta") == 0);           // ids are not read for it
    CHECK(class_hint_score("octagon actor", "") == 0);  // whole tokens only
}
