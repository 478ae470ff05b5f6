/* The floor: the reference plan drawn with pango-cairo directly, with no layout
 * engine, but carrying what vr-docs' document carries, so that the comparison is fair:
 *
 *  - every paragraph and table cell is laid out exactly once (a PangoLayout kept from
 *    measuring to drawing), then placed on pages;
 *  - a running header, and a footer with "Page X of Y" (pagination is finished before
 *    drawing, so Y is known);
 *  - table rows with a rule under each, the header row shaded;
 *  - tagged PDF structure (Document, H1/H2/H3, P, Table/TR/TH/TD) through
 *    cairo_tag_begin, as vr-docs tags its documents for screen readers; the running
 *    header and footer are drawn untagged, as vr-docs draws them.
 *
 * Input is plan.txt from convert.py: one line per block, "KIND<TAB>text[<TAB>cell...]";
 * KIND is HEADER, FOOTER, H1..H3, P, TH (table header row) or T (table row).
 * Usage: floor plan.txt out.pdf [repeat]. With repeat 0 it renders once and exits (the
 * whole-process measure); otherwise it renders three times to warm up, then `repeat`
 * times, and prints the median milliseconds per render. */
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
#define MAX_CELLS 16

typedef struct {
    char kind[8];
    int cells;
    char *text[MAX_CELLS];
} Line;

typedef struct {
    const Line *line;
    PangoLayout *layout[MAX_CELLS];
    double height; /* of the whole block, with its spacing */
    int page;
    double y;
} Placed;

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* One Pango context for the process, as vr-docs keeps one per renderer: 72 dpi, no
 * hinting, so measured widths are what the PDF draws. */
static PangoContext *shared_context(void) {
    static PangoContext *context;
    if (context) return context;
    PangoFontMap *map = pango_cairo_font_map_new();
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(map), 72);
    context = pango_font_map_create_context(map);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    return context;
}

static PangoLayout *lay_out(const char *text, const char *font, double width) {
    PangoLayout *layout = pango_layout_new(shared_context());
    PangoFontDescription *desc = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout, desc);
    pango_font_description_free(desc);
    pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout, text, -1);
    return layout;
}

static double height_of(PangoLayout *layout) {
    int w, h;
    pango_layout_get_size(layout, &w, &h);
    return (double)h / PANGO_SCALE;
}

static const char *font_for(const char *kind) {
    if (kind[0] == 'H') return kind[1] == '1' ? "DejaVu Sans Bold 20" : kind[1] == '2' ? "DejaVu Sans Bold 14" : "DejaVu Sans Bold 11";
    if (kind[0] == 'T') return kind[1] == 'H' ? "DejaVu Sans Bold 9" : "DejaVu Sans 9";
    return "DejaVu Sans 10";
}

static void show(cairo_t *cr, PangoLayout *layout, double x, double y) {
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

static void draw_page_frame(cairo_t *cr, const char *header, const char *footer, int page, int pages) {
    char number[64];
    snprintf(number, sizeof number, "Page %d of %d", page, pages);
    cairo_set_source_rgb(cr, 0.33, 0.33, 0.33);
    PangoLayout *top = lay_out(header, "DejaVu Sans 8", W - 2 * LEFT);
    show(cr, top, LEFT, 30);
    PangoLayout *bottom = lay_out(footer, "DejaVu Sans 8", W - 2 * LEFT - 90);
    show(cr, bottom, LEFT, H - 40);
    PangoLayout *count = lay_out(number, "DejaVu Sans 8", 90);
    pango_layout_set_alignment(count, PANGO_ALIGN_RIGHT);
    show(cr, count, W - LEFT - 90, H - 40);
    g_object_unref(top);
    g_object_unref(bottom);
    g_object_unref(count);
    cairo_set_source_rgb(cr, 0, 0, 0);
}

static void render(const Line *lines, int count, const char *header, const char *footer, const char *out) {
    double width = W - 2 * LEFT;
    Placed *placed = calloc(count, sizeof(Placed));
    /* Lay out each block once and place it: a block that does not fit starts a page. */
    int page = 0;
    double y = TOP;
    for (int i = 0; i < count; i++) {
        const Line *line = &lines[i];
        Placed *p = &placed[i];
        p->line = line;
        double tallest = 0;
        double cell_width = width / line->cells;
        for (int k = 0; k < line->cells; k++) {
            p->layout[k] = lay_out(line->text[k], font_for(line->kind), line->kind[0] == 'T' ? cell_width - 8 : width);
            double h = height_of(p->layout[k]);
            if (h > tallest) tallest = h;
        }
        p->height = tallest + (line->kind[0] == 'T' ? 8 : line->kind[0] == 'H' ? 10 : 6);
        if (y + p->height > H - BOTTOM && y > TOP) { page++; y = TOP; }
        p->page = page;
        p->y = y;
        y += p->height;
    }
    int pages = page + 1;

    cairo_surface_t *surface = cairo_pdf_surface_create(out, W, H);
    cairo_t *cr = cairo_create(surface);
    cairo_tag_begin(cr, "Document", NULL);
    int current = -1, in_table = 0;
    for (int i = 0; i < count; i++) {
        Placed *p = &placed[i];
        const char *kind = p->line->kind;
        int is_row = kind[0] == 'T';
        if (in_table && (!is_row || p->page != current || kind[1] == 'H')) { cairo_tag_end(cr, "Table"); in_table = 0; }
        if (p->page != current) {
            if (current >= 0) cairo_show_page(cr);
            current = p->page;
            draw_page_frame(cr, header, footer, current + 1, pages);
        }
        if (is_row) {
            if (!in_table) { cairo_tag_begin(cr, "Table", NULL); in_table = 1; }
            double cell_width = width / p->line->cells;
            if (kind[1] == 'H') {
                cairo_set_source_rgb(cr, 0.867, 0.902, 0.941);
                cairo_rectangle(cr, LEFT, p->y, width, p->height);
                cairo_fill(cr);
                cairo_set_source_rgb(cr, 0, 0, 0);
            }
            cairo_tag_begin(cr, "TR", NULL);
            for (int k = 0; k < p->line->cells; k++) {
                cairo_tag_begin(cr, kind[1] == 'H' ? "TH" : "TD", NULL);
                show(cr, p->layout[k], LEFT + k * cell_width + 4, p->y + 4);
                cairo_tag_end(cr, kind[1] == 'H' ? "TH" : "TD");
            }
            cairo_tag_end(cr, "TR");
            cairo_set_source_rgb(cr, 0.73, 0.73, 0.73);
            cairo_set_line_width(cr, 0.5);
            cairo_move_to(cr, LEFT, p->y + p->height);
            cairo_line_to(cr, LEFT + width, p->y + p->height);
            cairo_stroke(cr);
            cairo_set_source_rgb(cr, 0, 0, 0);
        } else {
            const char *tag = kind[0] == 'H' ? kind : "P";
            if (kind[0] == 'H') cairo_set_source_rgb(cr, 0.12, 0.31, 0.47);
            cairo_tag_begin(cr, tag, NULL);
            show(cr, p->layout[0], LEFT, p->y);
            cairo_tag_end(cr, tag);
            cairo_set_source_rgb(cr, 0, 0, 0);
        }
    }
    if (in_table) cairo_tag_end(cr, "Table");
    cairo_tag_end(cr, "Document");
    if (cairo_status(cr)) fprintf(stderr, "cairo: %s\n", cairo_status_to_string(cairo_status(cr)));
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    for (int i = 0; i < count; i++)
        for (int k = 0; k < placed[i].line->cells; k++) g_object_unref(placed[i].layout[k]);
    free(placed);
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: floor plan.txt out.pdf [repeat]\n"); return 2; }
    int repeat = argc > 3 ? atoi(argv[3]) : 0;
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    int capacity = 256, count = 0;
    Line *lines = malloc(sizeof(Line) * capacity);
    char *header = "", *footer = "";
    size_t size = 0;
    char *buffer = NULL;
    while (getline(&buffer, &size, f) > 0) {
        buffer[strcspn(buffer, "\n")] = 0;
        char *tab = strchr(buffer, '\t');
        if (!tab) continue;
        *tab = 0;
        if (!strcmp(buffer, "HEADER")) { header = strdup(tab + 1); continue; }
        if (!strcmp(buffer, "FOOTER")) { footer = strdup(tab + 1); continue; }
        if (count == capacity) { capacity *= 2; lines = realloc(lines, sizeof(Line) * capacity); }
        Line *line = &lines[count++];
        snprintf(line->kind, sizeof line->kind, "%s", buffer);
        line->cells = 0;
        char *rest = tab + 1;
        for (;;) {
            char *next = strchr(rest, '\t');
            if (next) *next = 0;
            if (line->cells < MAX_CELLS) line->text[line->cells++] = strdup(rest);
            if (!next || line->kind[0] != 'T') break;
            rest = next + 1;
        }
    }
    fclose(f);
    free(buffer);
    if (repeat <= 0) {
        render(lines, count, header, footer, argv[2]);
        return 0;
    }
    double *times = malloc(sizeof(double) * repeat);
    for (int r = 0; r < 3; r++) render(lines, count, header, footer, argv[2]);
    for (int r = 0; r < repeat; r++) { double t = now_ms(); render(lines, count, header, footer, argv[2]); times[r] = now_ms() - t; }
    for (int i = 0; i < repeat; i++) for (int j = i + 1; j < repeat; j++) if (times[j] < times[i]) { double s = times[i]; times[i] = times[j]; times[j] = s; }
    printf("median_ms=%.3f min_ms=%.3f renders=%d\n", times[repeat / 2], times[0], repeat);
    return 0;
}
