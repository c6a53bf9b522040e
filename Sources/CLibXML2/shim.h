#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* Thin C shim over libxml2's HTML parser for YaodianCore.
 * LIBXML_ICU_ENABLED is undefined so that <unicode/ucnv.h> is not pulled in: it clashes
 * with Foundation's _FoundationICU module on a clean build (shared/docs/libxml2.md, pitfall 1). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

/* xmlFree is a global variable that Swift 6 rejects as not concurrency-safe (pitfall 2). */
static inline void CLibXML2_free(void *p) { xmlFree(p); }

/* libxml2's generic error handler is variadic, so it has to be written in C (pitfall 4). */
static void CLibXML2_ignoreError(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void CLibXML2_silenceGenericErrors(void) {
    xmlThrDefSetGenericErrorFunc(NULL, CLibXML2_ignoreError);
    xmlSetGenericErrorFunc(NULL, CLibXML2_ignoreError);
}
#endif
