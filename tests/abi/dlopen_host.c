/*
 * dlopen_host — a C99 host that loads libartnorm at run time the way a plugin
 * system would: dlopen the library, dlsym the single entry point
 * artnorm_get_api, ask for table version 1, and normalize a file with it.
 *
 * Usage: dlopen_host LIBRARY INPUT
 * Exit status 0 when the XML starts with "<?xml", carries the artnorm
 * namespace and the expected headline text; non-zero (with a reason on
 * stderr) otherwise.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artnorm.h"

#define EXPECTED_HEADLINE "Kazakhstan Grants Asylum"

static int fail(const char *what) {
    fprintf(stderr, "dlopen_host: %s\n", what);
    return 1;
}

/* Reads a whole file; returns NULL on failure. *size gets its length. */
static char *read_file(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    char *bytes = NULL;
    size_t used = 0;
    size_t capacity = 0;
    if (file == NULL) return NULL;
    for (;;) {
        size_t got;
        if (used == capacity) {
            char *grown;
            capacity = capacity == 0 ? 4096 : capacity * 2;
            grown = (char *)realloc(bytes, capacity);
            if (grown == NULL) {
                free(bytes);
                fclose(file);
                return NULL;
            }
            bytes = grown;
        }
        got = fread(bytes + used, 1, capacity - used, file);
        used += got;
        if (got == 0) break;
    }
    if (ferror(file)) {
        free(bytes);
        bytes = NULL;
    }
    fclose(file);
    *size = used;
    return bytes;
}

/* strstr over a buffer with a length (the XML is NUL-terminated, but be exact). */
static int contains(const char *haystack, size_t length, const char *needle) {
    size_t needle_length = strlen(needle);
    size_t i;
    for (i = 0; i + needle_length <= length; ++i) {
        if (memcmp(haystack + i, needle, needle_length) == 0) return 1;
    }
    return 0;
}

/* POSIX guarantees a void* from dlsym converts to a function pointer; ISO C
 * does not, so copy the bits to stay clean under -pedantic. */
static artnorm_get_api_fn entry_point(void *symbol) {
    artnorm_get_api_fn function;
    memcpy(&function, &symbol, sizeof function);
    return function;
}

static int normalize_with(const artnorm_api_v1 *api, const char *input, size_t input_size) {
    artnorm_normalizer *normalizer = NULL;
    artnorm_result *result = NULL;
    const char *xml;
    size_t xml_length = 0;
    int status = 1;

    if (api->normalizer_new(&normalizer) != ARTNORM_OK) return fail("normalizer_new failed");
    if (api->normalize(normalizer, input, input_size, &result) != ARTNORM_OK) {
        fprintf(stderr, "dlopen_host: normalize: %s: %s\n",
                api->status_name(api->result_status(result)), api->result_message(result));
    } else {
        xml = api->result_xml(result, &xml_length);
        if (xml == NULL || strncmp(xml, "<?xml", 5) != 0) {
            fail("the output does not start with <?xml");
        } else if (!contains(xml, xml_length, ARTNORM_XML_NAMESPACE)) {
            fail("the output lacks the namespace " ARTNORM_XML_NAMESPACE);
        } else if (!contains(xml, xml_length, EXPECTED_HEADLINE)) {
            fail("the output lacks the headline \"" EXPECTED_HEADLINE "\"");
        } else {
            status = 0;
        }
    }
    api->result_free(result);
    api->normalizer_free(normalizer);
    return status;
}

int main(int argc, char **argv) {
    void *library;
    const artnorm_api_v1 *api;
    artnorm_get_api_fn get_api;
    char *input;
    size_t input_size = 0;
    int status;

    if (argc != 3) return fail("usage: dlopen_host LIBRARY INPUT");
    library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return fail(dlerror());
    get_api = entry_point(dlsym(library, "artnorm_get_api"));
    if (get_api == NULL) return fail("artnorm_get_api not found");
    if (get_api(0) != NULL || get_api(ARTNORM_ABI_VERSION + 1) != NULL) {
        return fail("unsupported table versions must give NULL");
    }
    api = (const artnorm_api_v1 *)get_api(1);
    if (api == NULL) return fail("no function table for version 1");
    if (api->abi_version != 1 || api->struct_size < sizeof(artnorm_api_v1)) {
        return fail("function table header is wrong");
    }
    if (strcmp(api->version_string(), ARTNORM_VERSION_STRING) != 0) {
        return fail("library version differs from the header");
    }
    input = read_file(argv[2], &input_size);
    if (input == NULL) return fail("cannot read the input file");
    status = normalize_with(api, input, input_size);
    free(input);
    dlclose(library);
    return status;
}
