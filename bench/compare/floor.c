/* The floor: the reference plan's text drawn with pango-cairo directly, with no
 * layout engine: each line of plan.txt is one paragraph (or one table row, its cells
 * in equal columns), set top to bottom and onto a new page when the page is full.
 * Usage: floor plan.txt out.pdf [repeat]; prints the median milliseconds per render. */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define W 595.0
#define H 842.0
#define LEFT 50.0
#define TOP 56.0
#define BOTTOM 64.0

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static double draw_text(cairo_t *cr, PangoLayout *layout, const char *text, const char *font, double x, double y, double width, int draw) {
    PangoFontDescription *desc = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout, desc);
    pango_font_description_free(desc);
    pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout, text, -1);
    int w, h;
    pango_layout_get_size(layout, &w, &h);
    if (draw) {
        cairo_move_to(cr, x, y);
        pango_cairo_show_layout(cr, layout);
    }
    return (double)h / PANGO_SCALE;
}

static void render(char **lines, int count, const char *out) {
    cairo_surface_t *surface = cairo_pdf_surface_create(out, W, H);
    cairo_t *cr = cairo_create(surface);
    PangoLayout *layout = pango_cairo_create_layout(cr);
    double y = TOP, width = W - 2 * LEFT;
    for (int i = 0; i < count; i++) {
        char *copy = strdup(lines[i]);
        char *kind = strtok(copy, "\t");
        char *rest = copy + strlen(kind) + 1;
        const char *font = kind[0] == 'H' ? (kind[1] == '1' ? "DejaVu Sans Bold 20" : "DejaVu Sans Bold 14") : (kind[0] == 'T' ? "DejaVu Sans 9" : "DejaVu Sans 10");
        double height;
        if (kind[0] == 'T') {
            int cells = 1;
            for (char *c = rest; *c; c++) if (*c == '\t') cells++;
            double cw = width / cells, tallest = 0;
            char *cellv[64]; int n = 0;
            for (char *c = strtok(rest, "\t"); c && n < 64; c = strtok(NULL, "\t")) cellv[n++] = c;
            for (int k = 0; k < n; k++) { double hh = draw_text(cr, layout, cellv[k], font, 0, 0, cw - 6, 0); if (hh > tallest) tallest = hh; }
            if (y + tallest > H - BOTTOM) { cairo_show_page(cr); y = TOP; }
            for (int k = 0; k < n; k++) draw_text(cr, layout, cellv[k], font, LEFT + k * cw, y, cw - 6, 1);
            height = tallest + 6;
        } else {
            height = draw_text(cr, layout, rest, font, 0, 0, width, 0);
            if (y + height > H - BOTTOM) { cairo_show_page(cr); y = TOP; }
            draw_text(cr, layout, rest, font, LEFT, y, width, 1);
            height += kind[0] == 'H' ? 8 : 6;
        }
        y += height;
        free(copy);
    }
    g_object_unref(layout);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: floor plan.txt out.pdf [repeat]\n"); return 2; }
    int repeat = argc > 3 ? atoi(argv[3]) : 1;
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    char *lines[4096]; int count = 0; char buffer[65536];
    while (count < 4096 && fgets(buffer, sizeof buffer, f)) { buffer[strcspn(buffer, "\n")] = 0; if (strchr(buffer, '\t')) lines[count++] = strdup(buffer); }
    fclose(f);
    double *times = malloc(sizeof(double) * (repeat + 3));
    for (int r = 0; r < repeat + 3; r++) { double t = now_ms(); render(lines, count, argv[2]); times[r] = now_ms() - t; }
    /* median of the timed renders, after three warm-up renders */
    int n = repeat; double *timed = times + 3;
    for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (timed[j] < timed[i]) { double s = timed[i]; timed[i] = timed[j]; timed[j] = s; }
    printf("median_ms=%.3f\n", repeat > 0 ? timed[n / 2] : times[0]);
    return 0;
}
