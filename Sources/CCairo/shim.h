#ifndef VR_DOCS_CCAIRO_SHIM_H
#define VR_DOCS_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
#include <zlib.h>
#include <stddef.h>
/* glibc's memmem (a GNU extension, so not in Swift's Glibc module): PDF patching
   searches finished files for byte strings with it. */
void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);
/* glibc's malloc tuning (malloc.h is not in Swift's Glibc module either): a program
   rendering many documents keeps the memory each one frees (ReportKit's RenderMemory). */
#include <malloc.h>
/* The memory cairo writes a PDF or PNG into, through `vr_byte_sink_write` (ReportKit's
   CairoByteSink owns the struct and frees `base`). Cairo calls the write function for
   every piece it prints, about 40,000 a three-page plan whose content it leaves
   uncompressed, most of one to three bytes, so the function is C: a leaf with no saved
   registers and no thunk, and a piece of up to 16 bytes copied with a few moves instead
   of a call to memcpy. */
#include <stdlib.h>
#include <string.h>
typedef struct {
    unsigned char *base;
    size_t count;
    size_t capacity;
} vr_byte_sink;

/* A piece that needs more room or is longer than 16 bytes: out of line, so the common
   path needs no saved registers and ends in a jump here. */
static __attribute__((noinline)) cairo_status_t vr_byte_sink_write_long(vr_byte_sink *sink, const unsigned char *data,
                                                                        unsigned int length) {
    size_t end = sink->count + length;
    if (end > sink->capacity) {
        size_t grown = sink->capacity * 2 > end ? sink->capacity * 2 : end;
        unsigned char *larger = (unsigned char *)realloc(sink->base, grown);
        if (larger == NULL) return CAIRO_STATUS_WRITE_ERROR;
        sink->base = larger;
        sink->capacity = grown;
    }
    if (length > 0) memcpy(sink->base + sink->count, data, length);
    sink->count = end;
    return CAIRO_STATUS_SUCCESS;
}

static inline cairo_status_t vr_byte_sink_write(void *closure, const unsigned char *data, unsigned int length) {
    vr_byte_sink *sink = (vr_byte_sink *)closure;
    size_t end = sink->count + length;
    if (__builtin_expect(length > 16 || end > sink->capacity, 0))
        return vr_byte_sink_write_long(sink, data, length);
    unsigned char *target = sink->base + sink->count;
    if (length >= 8) {
        unsigned long long first, last;
        __builtin_memcpy(&first, data, 8);
        __builtin_memcpy(&last, data + length - 8, 8);
        __builtin_memcpy(target, &first, 8);
        __builtin_memcpy(target + length - 8, &last, 8);
    } else if (length >= 4) {
        unsigned int first, last;
        __builtin_memcpy(&first, data, 4);
        __builtin_memcpy(&last, data + length - 4, 4);
        __builtin_memcpy(target, &first, 4);
        __builtin_memcpy(target + length - 4, &last, 4);
    } else if (length > 0) {
        /* One to three bytes (most pieces: a space, a digit, a line break): the first,
           middle and last byte cover them all. */
        target[0] = data[0];
        target[length >> 1] = data[length >> 1];
        target[length - 1] = data[length - 1];
    }
    sink->count = end;
    return CAIRO_STATUS_SUCCESS;
}
#endif
