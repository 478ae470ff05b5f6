/* The floor for the layout benchmark: the same text as the ReportKit plan,
 * drawn with pango-cairo directly onto an in-memory PDF surface: one wrapped
 * layout per paragraph or cell, stacked down A4 pages, no tables, no
 * pagination rules, no tagging. Whatever ReportKit costs beyond this is the
 * price of its layout engine.
 *
 * usage: floor-bench TEXT_FILE SECONDS [PDF_OUT]
 */
#include <pango/pangocairo.h>
#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { unsigned char *data; size_t length, capacity; } Buffer;

static cairo_status_t collect(void *closure, const unsigned char *data, unsigned int length) {
    Buffer *buffer = closure;
    if (buffer->length + length > buffer->capacity) {
        buffer->capacity = (buffer->length + length) * 2;
        buffer->data = realloc(buffer->data, buffer->capacity);
    }
    memcpy(buffer->data + buffer->length, data, length);
    buffer->length += length;
    return CAIRO_STATUS_SUCCESS;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static int render(PangoContext *context, PangoFontDescription *font, char **lines, int count, Buffer *out) {
    const double width = 595.276, height = 841.89, margin = 50, top = 56, bottom = 64;
    out->length = 0;
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(collect, out, width, height);
    cairo_t *cr = cairo_create(surface);
    double y = top;
    int pages = 1;
    for (int i = 0; i < count; i++) {
        PangoLayout *layout = pango_layout_new(context);
        pango_layout_set_font_description(layout, font);
        pango_layout_set_width(layout, (int)((width - 2 * margin) * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(layout, lines[i], -1);
        int w, h;
        pango_layout_get_size(layout, &w, &h);
        double lineHeight = (double)h / PANGO_SCALE;
        if (y + lineHeight > height - bottom) {
            cairo_show_page(cr);
            y = top;
            pages++;
        }
        cairo_move_to(cr, margin, y);
        pango_cairo_show_layout(cr, layout);
        y += lineHeight + 4;
        g_object_unref(layout);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return pages;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s TEXT_FILE SECONDS [PDF_OUT]\n", argv[0]); return 2; }
    FILE *file = fopen(argv[1], "r");
    if (!file) { perror(argv[1]); return 1; }
    char **lines = NULL;
    int count = 0;
    char *line = NULL;
    size_t size = 0;
    ssize_t read;
    while ((read = getline(&line, &size, file)) != -1) {
        if (read > 0 && line[read - 1] == '\n') line[read - 1] = 0;
        lines = realloc(lines, sizeof(char *) * (count + 1));
        lines[count++] = strdup(line);
    }
    fclose(file);
    double seconds = atof(argv[2]);

    /* Same set-up as ReportKit's TextEngine: one font map and context, 72 dpi, no hinting. */
    PangoFontMap *map = pango_cairo_font_map_new();
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(map), 72);
    PangoContext *context = pango_font_map_create_context(map);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    PangoFontDescription *font = pango_font_description_from_string("DejaVu Sans 10");

    Buffer out = {0};
    int pages = render(context, font, lines, count, &out);
    if (argc > 3) {
        FILE *pdf = fopen(argv[3], "wb");
        if (pdf) { fwrite(out.data, 1, out.length, pdf); fclose(pdf); }
    }
    double start = now();
    int documents = 0;
    while (now() - start < seconds) {
        render(context, font, lines, count, &out);
        documents++;
    }
    double elapsed = now() - start;
    printf("floor %.1f docs/s (%.2f ms each, %d pages, %zu KB)\n", documents / elapsed, elapsed / documents * 1000,
           pages, out.length / 1024);
    return 0;
}
