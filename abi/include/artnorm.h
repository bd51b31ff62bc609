/*
 * artnorm.h — the public C ABI of artnorm, the article normalizer.
 *
 * artnorm turns the text (or HTML) a scraper saved of a news or blog page into
 * one XML document in the artnorm article vocabulary (namespace
 * ARTNORM_XML_NAMESPACE, RELAX NG schema abi/artnorm.rng).
 *
 * Conventions (they hold for every function below):
 *  - Handles are opaque. Everything the library hands out has a *_free
 *    function; every *_free accepts NULL.
 *  - Text crosses the ABI as UTF-8 with an explicit length; returned strings
 *    are also NUL-terminated for convenience. A (pointer, length) pair may
 *    be (NULL, 0), meaning empty; NULL with a non-zero length is
 *    ARTNORM_ERROR_NULL_ARGUMENT.
 *  - Functions that can fail return an artnorm_status; ARTNORM_OK is 0.
 *    artnorm_status_name() names every code. No C++ exception crosses.
 *  - Out-parameters are written only on success, except where a function
 *    documents otherwise (artnorm_normalize hands out a result carrying the
 *    error so that the message survives on a shared normalizer).
 *
 * Threads: a configured artnorm_normalizer is read-only during
 * artnorm_normalize(), so one normalizer may be shared by any number of
 * threads that normalize concurrently. Setting options is not synchronized:
 * configure a normalizer before sharing it, or use one per thread.
 * Results are independent values; each belongs to the thread that holds it.
 *
 * The API is split like zstd's: everything above ARTNORM_EXPERIMENTAL is
 * stable for the life of ABI version 1; anything below it may change.
 */
#ifndef ARTNORM_H
#define ARTNORM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#  define ARTNORM_API __declspec(dllexport)
#elif defined(__GNUC__)
#  define ARTNORM_API __attribute__((visibility("default")))
#else
#  define ARTNORM_API
#endif

/* ---- Version ------------------------------------------------------------ */

#define ARTNORM_VERSION_MAJOR 0
#define ARTNORM_VERSION_MINOR 1
#define ARTNORM_VERSION_PATCH 0
#define ARTNORM_VERSION_NUMBER \
    (ARTNORM_VERSION_MAJOR * 10000 + ARTNORM_VERSION_MINOR * 100 + ARTNORM_VERSION_PATCH)
#define ARTNORM_VERSION_STRING "0.1.0"

/* Version of the binary interface (function table layout and semantics). */
#define ARTNORM_ABI_VERSION 1

/* Namespace of the output vocabulary; its last segment is the vocabulary
 * version, raised only on incompatible changes to the schema. */
#define ARTNORM_XML_NAMESPACE "https://artnorm.dev/ns/article/1"

/* Runtime versions of the loaded library (compare with the macros). */
ARTNORM_API unsigned artnorm_version_number(void);
ARTNORM_API const char *artnorm_version_string(void);
ARTNORM_API unsigned artnorm_abi_version(void);

/* ---- Status codes ------------------------------------------------------- */

typedef enum artnorm_status {
    ARTNORM_OK = 0,
    ARTNORM_ERROR_NULL_ARGUMENT = 1,   /* a required pointer was NULL */
    ARTNORM_ERROR_INVALID_OPTION = 2,  /* unknown option, or value out of range */
    ARTNORM_ERROR_INVALID_INPUT = 3,   /* input rejected (e.g. invalid UTF-8 in strict mode) */
    ARTNORM_ERROR_EMPTY_INPUT = 4,     /* no text at all after clean-up */
    ARTNORM_ERROR_INPUT_TOO_LARGE = 5, /* input longer than ARTNORM_OPT_MAX_INPUT_BYTES */
    ARTNORM_ERROR_UNSUPPORTED = 6,     /* a feature this build does not offer */
    ARTNORM_ERROR_OUT_OF_MEMORY = 7,
    ARTNORM_ERROR_INTERNAL = 8,        /* a bug: please report it with the input */
    ARTNORM_ERROR_NO_ARTICLE = 9       /* input parsed, but no article body was found */
} artnorm_status;

/* A static, never-NULL name such as "ARTNORM_ERROR_INVALID_INPUT"
 * ("ARTNORM_UNKNOWN_STATUS" for codes this version does not know). */
ARTNORM_API const char *artnorm_status_name(int status);

/* ---- Options ------------------------------------------------------------ */

/* What the input is. AUTO looks at the first non-blank bytes. */
typedef enum artnorm_input_format {
    ARTNORM_FORMAT_AUTO = 0,
    ARTNORM_FORMAT_TEXT = 1,
    ARTNORM_FORMAT_HTML = 2
} artnorm_input_format;

/* Options are keyed by enum, zstd-style: new options get new keys, nothing
 * changes size. Integer options: artnorm_normalizer_set_int; string options:
 * artnorm_normalizer_set_string; artnorm_option_bounds tells the range. */
typedef enum artnorm_option {
    ARTNORM_OPT_INPUT_FORMAT = 1,    /* int: artnorm_input_format, default AUTO */
    ARTNORM_OPT_PRETTY = 2,          /* int: 0/1, indent the XML, default 0 */
    ARTNORM_OPT_STRICT_UTF8 = 3,     /* int: 0/1, reject invalid UTF-8 instead of
                                        repairing it with U+FFFD, default 0 */
    ARTNORM_OPT_MAX_INPUT_BYTES = 4, /* int: inputs longer than this are rejected,
                                        default 256 MiB, 1 .. 4 GiB */
    ARTNORM_OPT_LANGUAGE = 5,        /* string: BCP 47 language to assume
                                        ("" = detect), default "" */
    ARTNORM_OPT_BASE_URL = 6,        /* string: URL the page came from, used to
                                        resolve links, default "" */
    ARTNORM_OPT_CHARSET = 7          /* string: charset hint for byte input
                                        ("" = detect, UTF-8 assumed), default "" */
} artnorm_option;

/* ---- Handles ------------------------------------------------------------ */

typedef struct artnorm_normalizer artnorm_normalizer;
typedef struct artnorm_result artnorm_result;

/* Creates a normalizer with default options into *out. */
ARTNORM_API artnorm_status artnorm_normalizer_new(artnorm_normalizer **out);
ARTNORM_API void artnorm_normalizer_free(artnorm_normalizer *normalizer);

ARTNORM_API artnorm_status artnorm_normalizer_set_int(artnorm_normalizer *normalizer,
                                                      artnorm_option option, int64_t value);
/* value: UTF-8, value_len bytes (not necessarily NUL-terminated). */
ARTNORM_API artnorm_status artnorm_normalizer_set_string(artnorm_normalizer *normalizer,
                                                         artnorm_option option,
                                                         const char *value, size_t value_len);
/* Sets options from text such as "from=html, pretty=1, max-input-bytes=1048576"
 * (names: from, pretty, strict-utf8, max-input-bytes, language, base-url,
 * charset; pairs separated by commas, semicolons or white space). Values:
 * from = text|html|auto; pretty, strict-utf8 = 0/1, true/false, yes/no,
 * on/off; max-input-bytes = an integer with an optional K, M or G (x1024)
 * suffix; a value in double quotes may contain separators. Names and words
 * are ASCII case-insensitive; a later pair for the same name wins. All or
 * nothing: on error no option changes and last_error names the bad pair. */
ARTNORM_API artnorm_status artnorm_normalizer_configure(artnorm_normalizer *normalizer,
                                                        const char *spec, size_t spec_len);
/* Range of an integer option; ARTNORM_ERROR_INVALID_OPTION for string or
 * unknown options. */
ARTNORM_API artnorm_status artnorm_option_bounds(artnorm_option option, int64_t *min_value,
                                                 int64_t *max_value);
/* Message of the last failed call on this handle (set_*, configure), "" if
 * none. Owned by the normalizer, valid until the next call on it. */
ARTNORM_API const char *artnorm_normalizer_last_error(const artnorm_normalizer *normalizer);

/* ---- Normalizing -------------------------------------------------------- */

/* Normalizes input (input_len bytes) into one XML document.
 * Returns the status. Unless out is NULL or memory ran out, *out receives a
 * result in every case, failed or not: it carries the status, the message of
 * a failure and, on success, the XML. Free it with artnorm_result_free. */
ARTNORM_API artnorm_status artnorm_normalize(const artnorm_normalizer *normalizer,
                                             const char *input, size_t input_len,
                                             artnorm_result **out);

ARTNORM_API artnorm_status artnorm_result_status(const artnorm_result *result);
/* Human-readable reason of a failure ("" on success). Owned by the result. */
ARTNORM_API const char *artnorm_result_message(const artnorm_result *result);
/* The XML document (UTF-8, NUL-terminated) and its length in bytes; NULL
 * and 0 when the result is a failure. Owned by the result. */
ARTNORM_API const char *artnorm_result_xml(const artnorm_result *result, size_t *xml_len);
ARTNORM_API void artnorm_result_free(artnorm_result *result);

/* ---- Function table for hosts that load the library dynamically --------- */

/* Version 1 of the table. Append-only: later versions add members at the end
 * and never move or change one. A host asks for the version it was compiled
 * against and gets NULL if this library cannot serve it. */
typedef struct artnorm_api_v1 {
    uint32_t abi_version; /* ARTNORM_ABI_VERSION the table was built for */
    uint32_t struct_size; /* sizeof the table the library filled in */
    unsigned (*version_number)(void);
    const char *(*version_string)(void);
    const char *(*status_name)(int status);
    artnorm_status (*normalizer_new)(artnorm_normalizer **out);
    void (*normalizer_free)(artnorm_normalizer *normalizer);
    artnorm_status (*normalizer_set_int)(artnorm_normalizer *normalizer, artnorm_option option,
                                         int64_t value);
    artnorm_status (*normalizer_set_string)(artnorm_normalizer *normalizer,
                                            artnorm_option option, const char *value,
                                            size_t value_len);
    artnorm_status (*normalizer_configure)(artnorm_normalizer *normalizer, const char *spec,
                                           size_t spec_len);
    const char *(*normalizer_last_error)(const artnorm_normalizer *normalizer);
    artnorm_status (*normalize)(const artnorm_normalizer *normalizer, const char *input,
                                size_t input_len, artnorm_result **out);
    artnorm_status (*result_status)(const artnorm_result *result);
    const char *(*result_message)(const artnorm_result *result);
    const char *(*result_xml)(const artnorm_result *result, size_t *xml_len);
    void (*result_free)(artnorm_result *result);
    artnorm_status (*option_bounds)(artnorm_option option, int64_t *min_value,
                                    int64_t *max_value);
} artnorm_api_v1;

/* The one entry point a dynamic host needs: dlsym("artnorm_get_api"). */
typedef const void *(*artnorm_get_api_fn)(unsigned abi_version);
/* Returns a pointer to the table for abi_version (cast to artnorm_api_v1 for
 * version 1), or NULL if that version is not supported. The table is static. */
ARTNORM_API const void *artnorm_get_api(unsigned abi_version);

/* ---- ARTNORM_EXPERIMENTAL ------------------------------------------------
 * Nothing here yet. Declarations below this line may change between minor
 * versions and are not part of the ABI baseline. */

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ARTNORM_H */
