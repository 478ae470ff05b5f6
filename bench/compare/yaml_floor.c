/* The caseload's floor: every case file in a folder parsed with libyaml's event API
 * and nothing else (no tree, no checks, no tally), on one thread. Whatever vr-docs'
 * caseload spends above this is its own reading, checking and counting.
 * Usage: yaml_floor FOLDER; prints files=, events= and failed=. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static long events, failed;

static void parse(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { failed++; return; }
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, f);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) { failed++; break; }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    fclose(f);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: yaml_floor FOLDER\n"); return 2; }
    DIR *dir = opendir(argv[1]);
    if (!dir) { perror(argv[1]); return 1; }
    long files = 0;
    char path[4096];
    for (struct dirent *entry; (entry = readdir(dir));) {
        size_t n = strlen(entry->d_name);
        if (n < 5 || (strcmp(entry->d_name + n - 5, ".yaml") && strcmp(entry->d_name + n - 5, ".json"))) continue;
        snprintf(path, sizeof path, "%s/%s", argv[1], entry->d_name);
        parse(path);
        files++;
    }
    closedir(dir);
    printf("files=%ld events=%ld failed=%ld\n", files, events, failed);
    return 0;
}
