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
#endif
