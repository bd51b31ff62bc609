// Eight bytes at a time ("SIMD within a register"): helpers for the ASCII
// fast paths of the text primitives. Each works on one 64-bit word with no
// carry between bytes; masks have the top bit of the selected bytes set.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace artnorm::swar {

inline constexpr std::size_t kWordBytes = sizeof(std::uint64_t);
inline constexpr std::uint64_t kOnes = 0x0101010101010101;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080;

inline std::uint64_t load(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, kWordBytes);
    return w;
}

// True when all eight bytes are ASCII.
inline bool all_ascii(std::uint64_t w) { return (w & kHighBits) == 0; }

// Bytes of w equal to c (exact, no false positives).
inline std::uint64_t bytes_equal(std::uint64_t w, unsigned char c) {
    const std::uint64_t x = w ^ (kOnes * c);  // matching bytes become zero
    const std::uint64_t nonzero = (((x & ~kHighBits) + ~kHighBits) | x) & kHighBits;
    return ~nonzero & kHighBits;
}

// ASCII letters A-Z and a-z of w (bytes >= 0x80 never selected). Each byte's
// low seven bits, lowered, plus a constant set its top bit when >= 'a'
// (resp. > 'z'); no carry crosses a byte.
inline std::uint64_t ascii_letters(std::uint64_t w) {
    const std::uint64_t lowered = (w | (kOnes * 0x20)) & ~kHighBits;
    const std::uint64_t at_least_a = lowered + kOnes * (0x80 - 'a');
    const std::uint64_t above_z = lowered + kOnes * (0x80 - 'z' - 1);
    return at_least_a & ~above_z & ~w & kHighBits;
}

// Number of selected bytes in a mask (only top bits set): the multiply sums
// the eight 0/1 bytes into the top byte (std::popcount would be a libgcc call
// without -mpopcnt).
inline int count(std::uint64_t mask) { return static_cast<int>(((mask >> 7) * kOnes) >> 56); }

}  // namespace artnorm::swar
