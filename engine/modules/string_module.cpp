// The string module: CPython 3.11's Lib/string.py (frozen at build time with frozen/string.py.patch,
// which stands in for re and collections.ChainMap) over _string's two format-string parsers.
#include "modules/module_registry.h"
#include "modules/source_module.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <climits>
#include <utility>

namespace hs {

namespace {

// The reference interpreter's path, shown in tracebacks through string.py's frames.
constexpr std::string_view kStringFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/string.py";

const char kStringSource[] =
#include "modules/frozen/string_py.inc" // generated: see engine/CMakeLists.txt
    ;

// A [start, end) range of the parsed str; `present` false is C's SubString with a null str.
struct Span {
    bool present = false;
    std::int64_t start = 0, end = 0;
};

bool valueError(Interpreter& interp, const char* message) {
    raiseError(interp, vmOf(interp).exc.ValueError, message);
    return false;
}

Object* spanObject(Interpreter& interp, Object* s, const Span& span, bool orEmpty) {
    if (!span.present) {
        if (orEmpty) return newStrFromAscii(interp, "").release();
        incref(interp.none);
        return interp.none;
    }
    return strSubstring(interp, s, span.start, span.end).release();
}

// get_integer: the decimal value of the span, -1 when it is empty or not all digits.
bool spanInteger(Interpreter& interp, Object* s, const Span& span, std::int64_t& out) {
    out = -1;
    if (span.start >= span.end) return true;
    std::int64_t acc = 0;
    for (std::int64_t i = span.start; i < span.end; ++i) {
        const char32_t c = strCharAt(s, i);
        if (c < U'0' || c > U'9') return true;
        const std::int64_t digit = c - U'0';
        if (acc > (INT64_MAX - digit) / 10) return valueError(interp, "Too many decimal digits in format string");
        acc = acc * 10 + digit;
    }
    out = acc;
    return true;
}

// parse_field (Objects/stringlib/unicode_format.h): pos is just past the opening '{'.
bool parseField(Interpreter& interp, Object* s, std::int64_t& pos, std::int64_t end, Span& name, Span& spec,
                char32_t& conversion) {
    conversion = 0;
    char32_t c = 0;
    name = {true, pos, pos};
    while (pos < end) {
        c = strCharAt(s, pos++);
        if (c == U'{') return valueError(interp, "unexpected '{' in field name");
        if (c == U'[') {
            for (; pos < end; ++pos)
                if (strCharAt(s, pos) == U']') break;
            continue;
        }
        if (c == U'}' || c == U':' || c == U'!') break;
    }
    name.end = pos - 1;
    if (c == U'!' || c == U':') {
        if (c == U'!') {
            if (pos >= end) return valueError(interp, "end of string while looking for conversion specifier");
            conversion = strCharAt(s, pos++);
            if (pos < end) {
                c = strCharAt(s, pos++);
                if (c == U'}') return true;
                if (c != U':') return valueError(interp, "expected ':' after conversion specifier");
            }
        }
        spec = {true, pos, pos};
        int count = 1;
        while (pos < end) {
            c = strCharAt(s, pos++);
            if (c == U'{') ++count;
            else if (c == U'}' && --count == 0) {
                spec.end = pos - 1;
                return true;
            }
        }
        return valueError(interp, "unmatched '{' in format spec");
    }
    if (c != U'}') return valueError(interp, "expected '}' before end of string");
    return true;
}

// The iterators of formatter_parser / formatter_field_name_split (formatteriterobject,
// fieldnameiterobject: not GC objects). Invariant: `str` is the parsed str (strong), `pos` the
// index of the next unparsed character.
struct FormatIterObject : Object {
    Object* str = nullptr;
    std::int64_t pos = 0;
};

// MarkupIterator_next + formatteriter_next: the next (literal, field_name, format_spec, conversion)
// tuple, or null at the end (no error) or on a malformed string (ValueError).
Object* formatterIterNext(Object* self) {
    auto* it = static_cast<FormatIterObject*>(self);
    Object* s = it->str;
    Interpreter& interp = *self->type->interp;
    const std::int64_t end = strLength(s);
    std::int64_t& pos = it->pos;
    if (pos >= end) return nullptr;
    const std::int64_t start = pos;
    char32_t c = 0;
    bool markup = false;
    while (pos < end) {
        c = strCharAt(s, pos++);
        if (c == U'{' || c == U'}') {
            markup = true;
            break;
        }
    }
    const bool atEnd = pos >= end;
    std::int64_t len = pos - start;
    if (c == U'}' && markup && (atEnd || strCharAt(s, pos) != c)) {
        valueError(interp, "Single '}' encountered in format string");
        return nullptr;
    }
    if (atEnd && c == U'{' && markup) {
        valueError(interp, "Single '{' encountered in format string");
        return nullptr;
    }
    if (!atEnd && markup) {
        if (strCharAt(s, pos) == c) {
            ++pos;
            markup = false;
        } else {
            --len;
        }
    }
    Span name, spec;
    char32_t conversion = 0;
    if (markup && !parseField(interp, s, pos, end, name, spec, conversion)) return nullptr;
    Ref literal = strSubstring(interp, s, start, start + len);
    if (!literal) return nullptr;
    Ref nameObj(spanObject(interp, s, name, false));
    if (!nameObj) return nullptr;
    Ref specObj(spanObject(interp, s, spec, markup));
    if (!specObj) return nullptr;
    Ref conv;
    if (conversion == 0) conv = Ref::borrowed(interp.none);
    else conv = newStrFromCodePoints(interp, &conversion, 1);
    if (!conv) return nullptr;
    return tuplePack(interp, {literal.get(), nameObj.get(), specObj.get(), conv.get()}).release();
}

// FieldNameIterator_next: the next (is_attribute, name or index) pair of a field name's rest.
Object* fieldNameIterNext(Object* self) {
    auto* it = static_cast<FormatIterObject*>(self);
    Object* s = it->str;
    Interpreter& interp = *self->type->interp;
    const std::int64_t end = strLength(s);
    std::int64_t& i = it->pos;
    if (i >= end) return nullptr;
    const char32_t c = strCharAt(s, i++);
    Span name{true, i, i};
    bool isAttr = false;
    if (c == U'.') {
        isAttr = true;
        while (i < end && strCharAt(s, i) != U'[' && strCharAt(s, i) != U'.') ++i;
        name.end = i;
    } else if (c == U'[') {
        bool bracket = false;
        while (i < end)
            if (strCharAt(s, i++) == U']') {
                bracket = true;
                break;
            }
        if (!bracket) {
            valueError(interp, "Missing ']' in format string");
            return nullptr;
        }
        name.end = i - 1;
    } else {
        valueError(interp, "Only '.' or '[' may follow ']' in format field specifier");
        return nullptr;
    }
    std::int64_t index = -1;
    if (!isAttr && !spanInteger(interp, s, name, index)) return nullptr;
    if (name.start == name.end) {
        valueError(interp, "Empty attribute in format string");
        return nullptr;
    }
    Ref key = index != -1 ? newInt(interp, index) : strSubstring(interp, s, name.start, name.end);
    if (!key) return nullptr;
    Object* flag = isAttr ? interp.trueObj : interp.falseObj;
    return tuplePack(interp, {flag, key.get()}).release();
}

TypeObject* iteratorType(Interpreter& interp, ModuleTypeId id, const char* name, std::int64_t basicsize, UnaryFunc next) {
    TypeObject*& slot = moduleType(interp, id);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType(name, basicsize, 0, 0, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = [](Object* o) {
        xdecref(std::exchange(static_cast<FormatIterObject*>(o)->str, nullptr));
        o->type->interp->freeObject(o);
    };
    t->references = [](Object* o, VisitProc visit, void* arg) {
        if (Object* s = static_cast<FormatIterObject*>(o)->str) visit(s, arg);
    };
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->repr = interp.types.object->repr;
    t->slots.iter = [](Object* o) -> Object* {
        incref(o);
        return o;
    };
    t->slots.iternext = next;
    addSlotWrappers(interp, t);
    setHostDestructor<FormatIterObject>(*t);
    slot = t;
    return t;
}

Ref newFormatIter(Interpreter& interp, TypeObject* type, Object* s, std::int64_t pos) {
    auto* it = interp.newObject<FormatIterObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!it) return Ref();
    incref(s);
    it->str = s;
    it->pos = pos;
    return Ref(it);
}

// formatter_parser(str): a formatteriterator (sizeof(formatteriterobject) = 48).
Object* formatterParser(Object*, Object* const* args, std::int64_t, Object*) {
    Object* s = args[0];
    Interpreter& interp = *s->type->interp;
    if (!isStr(s)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "expected str, got " + s->type->name);
        return nullptr;
    }
    TypeObject* t = iteratorType(interp, ModuleTypeId::FormatterIterator, "formatteriterator", 48, formatterIterNext);
    return newFormatIter(interp, t, s, 0).release();
}

// formatter_field_name_split(str): (first, fieldnameiterator over the rest); first is an int when
// it is all digits (sizeof(fieldnameiterobject) = 56).
Object* formatterFieldNameSplit(Object*, Object* const* args, std::int64_t, Object*) {
    Object* s = args[0];
    Interpreter& interp = *s->type->interp;
    if (!isStr(s)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "expected str, got " + s->type->name);
        return nullptr;
    }
    const std::int64_t end = strLength(s);
    std::int64_t i = 0;
    while (i < end) {
        const char32_t c = strCharAt(s, i);
        if (c == U'[' || c == U'.') break;
        ++i;
    }
    TypeObject* t = iteratorType(interp, ModuleTypeId::FieldNameIterator, "fieldnameiterator", 56, fieldNameIterNext);
    Ref rest = newFormatIter(interp, t, s, i);
    if (!rest) return nullptr;
    Span first{true, 0, i};
    std::int64_t firstIndex = -1;
    if (!spanInteger(interp, s, first, firstIndex)) return nullptr;
    Ref firstObj = firstIndex != -1 ? newInt(interp, firstIndex) : strSubstring(interp, s, 0, i);
    if (!firstObj) return nullptr;
    return tuplePack(interp, {firstObj.get(), rest.get()}).release();
}

const MethodDef kStringFunctions[] = {
    {"formatter_parser", formatterParser, meth::kO, "parse the argument as a format string"},
    {"formatter_field_name_split", formatterFieldNameSplit, meth::kO, "split the argument as a field name"},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createStringBuiltinModule(Interpreter& interp) {
    Ref module = newModule(interp, "_string");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_string");
    for (const MethodDef* def = kStringFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    return module.release();
}

Object* createStringModule(Interpreter& interp) {
    return execSourceModule(interp, "string", kStringFile, kStringSource, SourceModuleKind::kModule, {});
}

std::string_view stringModuleSource(std::string_view filename) {
    if (filename != kStringFile) return {};
    std::string_view text = kStringSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
