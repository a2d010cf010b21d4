// Resolves cmark.h through the include paths that pkg-config gives for libcmark.
#include <cmark.h>
