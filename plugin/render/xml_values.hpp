// Checks the XML writer applies to values whose form the schema constrains,
// so that a producer's slip costs one field, never the document's validity.
// Each mirrors one pattern or datatype of abi/artnorm.rng.
#pragma once

#include <string_view>

namespace artnorm {

// Rule "iso-date-or-omit": published/updated are written only when they match
// the schema's isoDate pattern: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss] with an
// optional Z or ±hh:mm zone; month 01-12, day 01-31, hour 00-23, minute and
// second 00-59. Anything else is omitted rather than written invalid.
bool is_iso8601_date(std::string_view text) noexcept;

// Rule "language-or-und": xml:lang is always written. A value that is not a
// language tag in the xsd:language sense ([a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*)
// — including "" — becomes "und", BCP 47's code for "undetermined".
inline constexpr std::string_view kUndeterminedLanguage = "und";
bool is_language_tag(std::string_view text) noexcept;

// Rule "heading-level-clamp": a heading's level attribute is its level
// clamped into the range the schema allows, 1..6 (0, "not a heading", and
// other slips give the nearest bound).
inline constexpr int kMinHeadingLevel = 1;
inline constexpr int kMaxHeadingLevel = 6;
int clamp_heading_level(int level) noexcept;

}  // namespace artnorm
