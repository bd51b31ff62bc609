/*
 * normalize_files - a C99 host that loads libartnorm at run time (dlopen) and
 * normalizes every file named on the command line, printing the XML.
 *
 *   normalize_files [--library PATH] [--options SPEC] FILE...
 *
 * The library is PATH, else $ARTNORM_LIBRARY, else "libartnorm.so.1" found
 * by the dynamic loader. SPEC uses artnorm_normalizer_configure syntax
 * ("from=html, pretty=1"). A line on stderr reports what was loaded.
 * Exit status: 0 all files normalized, 1 some file failed (the others are
 * still printed), 2 usage error or the library cannot be used.
 *
 * Version negotiation: the host asks artnorm_get_api for the newest function
 * table it was compiled for and steps down to the oldest it can still use.
 * Tables are append-only, so a table of version N starts with the members of
 * every older version: code written for v1 works on any table it gets.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artnorm.h"

/* Newest table this host knows (the header's), oldest it can work with.
 * Build with -DHOST_NEWEST_ABI=2 to watch the fall-back with today's library. */
#ifndef HOST_NEWEST_ABI
#define HOST_NEWEST_ABI ARTNORM_ABI_VERSION
#endif
#define HOST_OLDEST_ABI 1u

#define EXIT_FILE_FAILED 1
#define EXIT_USAGE 2

static const char *const usage =
    "usage: normalize_files [--library PATH] [--options SPEC] FILE...\n";

/* Reads a whole file into a malloc'd buffer; NULL on failure. */
static char *read_file(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    char *bytes = NULL;
    size_t used = 0;
    size_t capacity = 0;
    int failed = 0;
    if (file == NULL) return NULL;
    for (;;) {
        size_t got;
        if (used == capacity) {
            char *grown;
            capacity = capacity == 0 ? 65536 : capacity * 2;
            grown = (char *)realloc(bytes, capacity);
            if (grown == NULL) {
                failed = 1;
                break;
            }
            bytes = grown;
        }
        got = fread(bytes + used, 1, capacity - used, file);
        used += got;
        if (got == 0) break;
    }
    if (failed || ferror(file)) {
        free(bytes);
        bytes = NULL;
    }
    fclose(file);
    *size = used;
    return bytes;
}

/* POSIX lets a dlsym result become a function pointer; ISO C does not say so,
 * hence the copy (clean under -pedantic). */
static artnorm_get_api_fn as_entry_point(void *symbol) {
    artnorm_get_api_fn function;
    memcpy(&function, &symbol, sizeof function);
    return function;
}

/* Asks for the newest table first and steps down; *version gets the one served. */
static const artnorm_api_v1 *negotiate(artnorm_get_api_fn get_api, unsigned *version) {
    unsigned wanted;
    for (wanted = HOST_NEWEST_ABI; wanted >= HOST_OLDEST_ABI; --wanted) {
        const artnorm_api_v1 *api = (const artnorm_api_v1 *)get_api(wanted);
        if (api != NULL && api->struct_size >= sizeof(artnorm_api_v1)) {
            *version = wanted;
            return api;
        }
    }
    return NULL;
}

/* Normalizes one file and prints its XML; 0 on success. */
static int normalize_file(const artnorm_api_v1 *api, const artnorm_normalizer *normalizer,
                          const char *path) {
    size_t size = 0;
    char *input = read_file(path, &size);
    artnorm_result *result = NULL;
    artnorm_status status;
    if (input == NULL) {
        fprintf(stderr, "normalize_files: %s: cannot read the file\n", path);
        return 1;
    }
    status = api->normalize(normalizer, input, size, &result);
    free(input);
    if (status == ARTNORM_OK) {
        size_t xml_length = 0;
        const char *xml = api->result_xml(result, &xml_length);
        fwrite(xml, 1, xml_length, stdout);
        if (xml_length == 0 || xml[xml_length - 1] != '\n') fputc('\n', stdout);
    } else {
        fprintf(stderr, "normalize_files: %s: %s: %s\n", path, api->status_name(status),
                result != NULL ? api->result_message(result) : "");
    }
    api->result_free(result);
    return status == ARTNORM_OK ? 0 : 1;
}

int main(int argc, char **argv) {
    const char *library = getenv("ARTNORM_LIBRARY");
    const char *options = "";
    int first_file = 1;
    void *handle;
    void *symbol;
    const artnorm_api_v1 *api;
    unsigned version = 0;
    artnorm_normalizer *normalizer = NULL;
    artnorm_status status;
    int failures = 0;
    int i;

    while (first_file + 1 < argc && strncmp(argv[first_file], "--", 2) == 0) {
        if (strcmp(argv[first_file], "--library") == 0) {
            library = argv[first_file + 1];
        } else if (strcmp(argv[first_file], "--options") == 0) {
            options = argv[first_file + 1];
        } else {
            break;
        }
        first_file += 2;
    }
    if (first_file >= argc || strncmp(argv[first_file], "--", 2) == 0) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    if (library == NULL || library[0] == '\0') library = "libartnorm.so.1";

    handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        fprintf(stderr, "normalize_files: cannot load %s: %s\n", library, dlerror());
        return EXIT_USAGE;
    }
    symbol = dlsym(handle, "artnorm_get_api");
    if (symbol == NULL) {
        fprintf(stderr, "normalize_files: %s has no artnorm_get_api\n", library);
        dlclose(handle);
        return EXIT_USAGE;
    }
    api = negotiate(as_entry_point(symbol), &version);
    if (api == NULL) {
        fprintf(stderr, "normalize_files: %s serves no function table from v%u down to v%u\n",
                library, (unsigned)HOST_NEWEST_ABI, HOST_OLDEST_ABI);
        dlclose(handle);
        return EXIT_USAGE;
    }
    fprintf(stderr, "normalize_files: %s: artnorm %s, function table v%u%s\n", library,
            api->version_string(), version,
            version < (unsigned)HOST_NEWEST_ABI ? " (fell back: newer tables not served)" : "");

    status = api->normalizer_new(&normalizer);
    if (status == ARTNORM_OK) status = api->normalizer_configure(normalizer, options, strlen(options));
    if (status != ARTNORM_OK) {
        fprintf(stderr, "normalize_files: --options: %s: %s\n", api->status_name(status),
                normalizer != NULL ? api->normalizer_last_error(normalizer) : "");
        api->normalizer_free(normalizer);
        dlclose(handle);
        return EXIT_USAGE;
    }
    for (i = first_file; i < argc; ++i) failures += normalize_file(api, normalizer, argv[i]);
    api->normalizer_free(normalizer);
    dlclose(handle);
    return failures == 0 ? EXIT_SUCCESS : EXIT_FILE_FAILED;
}
