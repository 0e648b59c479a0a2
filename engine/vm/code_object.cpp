// The `code` type: construction with 3.11's string interning, dealloc in code_dealloc's order, the
// simulated layout, and the line-table / exception-table decoders.
//
// Sections: construction · slots · line table · exception table · init
#include "vm/code_object.h"

#include "objects/bytes_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "vm/code_verify.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <cstdio>
#include <utility>

namespace hs {

namespace {

constexpr std::int64_t kCodeBasicSize = 184; // offsetof(PyCodeObject, co_code_adaptive)
constexpr std::int64_t kCodeItemSize = 2;

std::int64_t varSize(std::int64_t units) { return (kCodeBasicSize + kCodeItemSize * units + 7) & ~std::int64_t(7); }

// intern_strings: every item must be an exact str (else SystemError, false); interned in place,
// last to first.
bool internStrings(Interpreter& interp, Object* tuple) {
    for (std::int64_t i = tupleSize(tuple); --i >= 0;) {
        if (!isExactStr(tupleItems(tuple)[i])) {
            raiseError(interp, vmOf(interp).exc.SystemError, "non-string found in code slot");
            return false;
        }
        Ref item(tupleItems(tuple)[i]);
        tupleItems(tuple)[i] = nullptr;
        internInPlace(interp, item);
        tupleItems(tuple)[i] = item.release();
    }
    return true;
}

// intern_string_constants; `modified` reports a replaced item.
bool internConstants(Interpreter& interp, Object* tuple, bool* modified) {
    for (std::int64_t i = tupleSize(tuple); --i >= 0;) {
        Object* v = tupleItem(tuple, i);
        if (isExactStr(v)) {
            if (allNameChars(v)) {
                Ref s(v);
                tupleItems(tuple)[i] = nullptr;
                internInPlace(interp, s);
                if (s.get() != v && modified) *modified = true;
                tupleItems(tuple)[i] = s.release();
            }
        } else if (isExactTuple(v)) {
            if (!internConstants(interp, v, nullptr)) return false;
        } else if (isFrozenSetExact(v)) {
            // PySequence_Tuple(v): a tuple of the set's items in table order.
            Ref tmp = newTuple(interp, setSize(v));
            if (!tmp) return false;
            std::int64_t pos = 0, k = 0;
            Object* key = nullptr;
            while (setNext(v, pos, &key)) {
                incref(key);
                tupleSetItemSteal(tmp.get(), k++, key);
            }
            bool tmpModified = false;
            if (!internConstants(interp, tmp.get(), &tmpModified)) return false;
            if (tmpModified) {
                Ref fs = newFrozenSetFrom(interp, tmp.get());
                if (!fs) return false;
                tupleItems(tuple)[i] = fs.release();
                decref(v);
                if (modified) *modified = true;
            }
        }
    }
    return true;
}

// ---------------------------------------------------------------- slots

void codeDealloc(Object* o) {
    CodeObject* co = asCode(o);
    // code_dealloc's order.
    xdecref(std::exchange(co->consts, nullptr));
    xdecref(std::exchange(co->names, nullptr));
    xdecref(std::exchange(co->localsplusnames, nullptr));
    xdecref(std::exchange(co->localspluskinds, nullptr));
    xdecref(std::exchange(co->filename, nullptr));
    xdecref(std::exchange(co->name, nullptr));
    xdecref(std::exchange(co->qualname, nullptr));
    xdecref(std::exchange(co->linetable, nullptr));
    xdecref(std::exchange(co->exceptiontable, nullptr));
    xdecref(std::exchange(co->codeBytes, nullptr));
    o->type->interp->freeObject(o);
}

std::uint64_t lo32hi32(std::int64_t lo, std::int64_t hi) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(lo))) |
           (static_cast<std::uint64_t>(static_cast<std::uint32_t>(hi)) << 32);
}

bool codeReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const CodeObject* co = asCode(o);
    auto addrOf = [](const Object* p) -> std::uint64_t { return p ? p->addr : 0; };
    switch (offset) {
    case 16: out = static_cast<std::uint64_t>(co->code.size()); return true;
    case 24: out = addrOf(co->consts); return true;
    case 32: out = addrOf(co->names); return true;
    case 40: out = addrOf(co->exceptiontable); return true;
    case 48: out = lo32hi32(co->flags, co->warmup & 0xffff); return true;
    case 56: out = lo32hi32(co->argcount, co->posonlyargcount); return true;
    case 64: out = lo32hi32(co->kwonlyargcount, co->stacksize); return true;
    case 72: out = lo32hi32(co->firstlineno, co->nlocalsplus); return true;
    case 80: out = lo32hi32(co->nlocals, co->nplaincellvars); return true;
    case 88: out = lo32hi32(co->ncellvars, co->nfreevars); return true;
    case 96: out = addrOf(co->localsplusnames); return true;
    case 104: out = addrOf(co->localspluskinds); return true;
    case 112: out = addrOf(co->filename); return true;
    case 120: out = addrOf(co->name); return true;
    case 128: out = addrOf(co->qualname); return true;
    case 136: out = addrOf(co->linetable); return true;
    case 152: out = addrOf(co->codeBytes); return true;
    case 144: case 160: case 176: out = 0; return true;
    case 168: out = static_cast<std::uint32_t>(co->firsttraceable); return true;
    default: break;
    }
    if (offset >= kCodeBasicSize && offset < varSize(co->codeUnits())) {
        std::uint64_t w = 0;
        for (int b = 0; b < 8; ++b) {
            const std::int64_t byte = offset - kCodeBasicSize + b;
            const std::int64_t unit = byte / 2;
            if (unit < co->codeUnits()) {
                const std::uint64_t v = (byte & 1) ? (co->code[unit] >> 8) : (co->code[unit] & 0xff);
                w |= v << (8 * b);
            }
        }
        out = w;
        return true;
    }
    return false;
}

void codeReferences(Object* o, VisitProc visit, void* arg) {
    CodeObject* co = asCode(o);
    Object* refs[] = {co->consts, co->names, co->localsplusnames, co->localspluskinds, co->filename,
                      co->name, co->qualname, co->linetable, co->exceptiontable, co->codeBytes};
    for (Object* r : refs)
        if (r) visit(r, arg);
}

std::string hexAddr(Addr a) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(a));
    return buf;
}

Object* codeRepr(Object* o) {
    Interpreter& interp = *o->type->interp;
    return newStrFromUtf8(interp, codeReprText(o)).release();
}

std::string codeLabel(const Object* o) {
    const CodeObject* co = asCode(o);
    return "<code " + (co->name ? strToUtf8(co->name) : std::string("?")) + ">";
}

// ---------------------------------------------------------------- line table

struct LineCursor {
    const std::uint8_t* p;
    const std::uint8_t* limit;
};

int readVarint(const std::uint8_t*& p) {
    unsigned read = *p++;
    unsigned val = read & 63;
    unsigned shift = 0;
    while (read & 64) {
        read = *p++;
        shift += 6;
        val |= (read & 63) << shift;
    }
    return static_cast<int>(val);
}

int readSignedVarint(const std::uint8_t*& p) {
    const unsigned u = static_cast<unsigned>(readVarint(p));
    return (u & 1) ? -static_cast<int>(u >> 1) : static_cast<int>(u >> 1);
}

// Walks every entry: fn(startUnit, lengthUnits, SourcePosition).
template <class Fn> void walkLineTable(const CodeObject& co, Fn fn) {
    if (!co.linetable) return;
    const std::string_view table = bytesView(co.linetable);
    const auto* p = reinterpret_cast<const std::uint8_t*>(table.data());
    const auto* limit = p + table.size();
    int line = co.firstlineno;
    int unit = 0;
    while (p < limit) {
        const std::uint8_t first = *p++;
        const int code = (first >> 3) & 15;
        const int length = (first & 7) + 1;
        SourcePosition pos;
        switch (code) {
        case 15: break; // no location
        case 14: {      // long form
            line += readSignedVarint(p);
            pos.line = line;
            pos.endLine = line + readVarint(p);
            pos.col = readVarint(p) - 1;
            pos.endCol = readVarint(p) - 1;
            break;
        }
        case 13: // no column info
            line += readSignedVarint(p);
            pos.line = pos.endLine = line;
            break;
        case 10: case 11: case 12:
            line += code - 10;
            pos.line = pos.endLine = line;
            pos.col = *p++;
            pos.endCol = *p++;
            break;
        default: { // short forms 0..9
            const std::uint8_t second = *p++;
            pos.line = pos.endLine = line;
            pos.col = code * 8 + ((second >> 4) & 7);
            pos.endCol = pos.col + (second & 15);
            break;
        }
        }
        fn(unit, length, pos);
        unit += length;
    }
}

// ---------------------------------------------------------------- exception table

int parseExcVarint(const std::uint8_t*& p) {
    std::uint8_t b = *p++;
    int val = b & 63;
    while (b & 64) {
        val <<= 6;
        b = *p++;
        val |= b & 63;
    }
    return val;
}

} // namespace

// ---------------------------------------------------------------- construction

bool isCode(const Object* o) { return o->type == o->type->interp->types.code; }

void internStringConstants(Interpreter& interp, Object* tuple) { internConstants(interp, tuple, nullptr); }

Ref newCode(Interpreter& interp, CodeConstructor& con) {
    if (!internStrings(interp, con.names.get())) return Ref();
    if (!internConstants(interp, con.consts.get(), nullptr)) return Ref();
    if (!internStrings(interp, con.localsplusnames.get())) return Ref();

    const auto units = static_cast<std::int64_t>(con.code.size());
    auto* co = interp.newObject<CodeObject>(interp.types.code, static_cast<std::uint64_t>(varSize(units)));
    if (co == nullptr) return Ref();
    const std::string_view kinds = bytesView(con.localspluskinds.get());
    const int nlocalsplus = static_cast<int>(tupleSize(con.localsplusnames.get()));
    for (int i = 0; i < nlocalsplus; ++i) {
        const auto kind = static_cast<std::uint8_t>(kinds[i]);
        if (kind & fastkind::kLocal) {
            ++co->nlocals;
            if (kind & fastkind::kCell) ++co->ncellvars;
        } else if (kind & fastkind::kCell) {
            ++co->ncellvars;
            ++co->nplaincellvars;
        } else if (kind & fastkind::kFree) {
            ++co->nfreevars;
        }
    }
    co->filename = Ref::borrowed(con.filename.get()).release();
    co->name = Ref::borrowed(con.name.get()).release();
    co->qualname = Ref::borrowed(con.qualname.get()).release();
    co->flags = con.flags;
    co->firstlineno = con.firstlineno;
    co->linetable = Ref::borrowed(con.linetable.get()).release();
    co->consts = Ref::borrowed(con.consts.get()).release();
    co->names = Ref::borrowed(con.names.get()).release();
    co->constItems = tupleItems(co->consts);
    co->nameItems = tupleItems(co->names);
    co->localsplusnames = Ref::borrowed(con.localsplusnames.get()).release();
    co->localspluskinds = Ref::borrowed(con.localspluskinds.get()).release();
    co->argcount = con.argcount;
    co->posonlyargcount = con.posonlyargcount;
    co->kwonlyargcount = con.kwonlyargcount;
    co->stacksize = con.stacksize;
    co->exceptiontable = Ref::borrowed(con.exceptiontable.get()).release();
    co->nlocalsplus = nlocalsplus;
    co->warmup = -8; // QUICKENING_INITIAL_WARMUP_VALUE: quickened after 8 RESUMEs / JUMP_BACKWARDs
    co->code = con.code;
    co->quickened = quickenCode(co->code);
    co->compileDirectives = std::move(con.directives);
    co->compileSymbols = std::move(con.symbols);
    co->compileConstAdds = std::move(con.constAdds);
    co->compileFreshTuples = con.freshTuples;
    co->firsttraceable = 0;
    while (co->firsttraceable < units && unitOpcode(co->code[co->firsttraceable]) != 151 /* RESUME */)
        ++co->firsttraceable;
    return Ref(co);
}

Ref codeLocalsPlusNames(Interpreter& interp, const CodeObject* co, std::uint8_t kind) {
    int num = 0;
    for (int i = 0; i < co->nlocalsplus; ++i) num += (co->localKind(i) & kind) != 0;
    Ref names = newTuple(interp, num);
    if (!names) return Ref();
    int index = 0;
    for (int i = 0; i < co->nlocalsplus; ++i) {
        if (!(co->localKind(i) & kind)) continue;
        incref(co->localName(i));
        tupleSetItemSteal(names.get(), index++, co->localName(i));
    }
    return names;
}

Ref codeGetCodeBytes(Object* o) {
    CodeObject* co = asCode(o);
    if (co->codeBytes) return Ref::borrowed(co->codeBytes);
    Interpreter& interp = *o->type->interp;
    Ref bytes = newBytesUninit(interp, 2 * co->codeUnits());
    if (!bytes) return Ref();
    char* out = bytesMutableData(bytes.get());
    // deopt_code: each instruction's base opcode with its oparg, its inline caches zeroed.
    for (std::size_t i = 0; i < co->code.size(); ++i) {
        const int opcode = opcodeDeopt(unitOpcode(co->code[i]));
        out[2 * i] = static_cast<char>(opcode);
        out[2 * i + 1] = static_cast<char>(unitOparg(co->code[i]));
        for (int c = opcodeCaches(opcode); c > 0 && i + 1 < co->code.size(); --c) {
            ++i;
            out[2 * i] = out[2 * i + 1] = 0;
        }
    }
    co->codeBytes = Ref::borrowed(bytes.get()).release();
    return bytes;
}

Ref newCodeWithPosOnlyArgs(Interpreter& interp, const CodeFields& f) {
    // The fast-locals-plus names and kinds: the varnames (locals), the cellvars (a cell that is
    // also an argument merges into the argument's entry), the freevars.
    const std::int64_t nvarnames = tupleSize(f.varnames), ncellvars = tupleSize(f.cellvars);
    const std::int64_t nfreevars = tupleSize(f.freevars);
    std::vector<Object*> names;
    std::string kinds;
    for (std::int64_t i = 0; i < nvarnames; ++i) {
        names.push_back(tupleItem(f.varnames, i));
        kinds.push_back(static_cast<char>(fastkind::kLocal));
    }
    for (std::int64_t i = 0; i < ncellvars; ++i) {
        Object* name = tupleItem(f.cellvars, i);
        std::int64_t arg = 0;
        while (arg < nvarnames && !(isStr(name) && isStr(tupleItem(f.varnames, arg)) && strEqual(tupleItem(f.varnames, arg), name)))
            ++arg;
        if (arg < nvarnames) {
            kinds[arg] = static_cast<char>(kinds[arg] | fastkind::kCell);
            continue;
        }
        names.push_back(name);
        kinds.push_back(static_cast<char>(fastkind::kCell));
    }
    for (std::int64_t i = 0; i < nfreevars; ++i) {
        names.push_back(tupleItem(f.freevars, i));
        kinds.push_back(static_cast<char>(fastkind::kFree));
    }
    // CPython allocates both at the unmerged size and shrinks them (_PyTuple_Resize,
    // _PyBytes_Resize) when a cell merged; the tuple is made at its final size here.
    Ref localsplusnames = tupleFromArray(interp, names.data(), static_cast<std::int64_t>(names.size()));
    if (!localsplusnames) return Ref();
    Ref localspluskinds = newBytesUninit(interp, nvarnames + ncellvars + nfreevars);
    if (!localspluskinds) return Ref();
    std::copy(kinds.begin(), kinds.end(), bytesMutableData(localspluskinds.get()));
    if (!bytesResize(interp, localspluskinds, static_cast<std::int64_t>(kinds.size()))) return Ref();

    // _PyCode_Validate.
    int nplainlocals = static_cast<int>(nvarnames) - f.argcount - f.kwonlyargcount - ((f.flags & coflags::kVarArgs) != 0) -
                       ((f.flags & coflags::kVarKeywords) != 0);
    if (f.argcount < f.posonlyargcount || f.posonlyargcount < 0 || f.kwonlyargcount < 0 || f.stacksize < 0 ||
        f.flags < 0) {
        // PyErr_BadInternalCall at its line of 3.11's Objects/codeobject.c.
        raiseError(interp, vmOf(interp).exc.SystemError, "Objects/codeobject.c:250: bad argument to internal function");
        return Ref();
    }
    const std::string_view bytecode = bytesView(f.code);
    if (bytecode.size() % 2 != 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "code: co_code is malformed");
        return Ref();
    }
    if (nplainlocals < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "code: co_varnames is too small");
        return Ref();
    }
    if (f.nlocals != nvarnames) {
        raiseError(interp, vmOf(interp).exc.ValueError, "code: co_nlocals != len(co_varnames)");
        return Ref();
    }

    CodeConstructor con;
    con.filename = Ref::borrowed(f.filename);
    con.name = Ref::borrowed(f.name);
    con.qualname = Ref::borrowed(f.qualname);
    con.flags = f.flags;
    for (std::size_t i = 0; i + 1 < bytecode.size(); i += 2)
        con.code.push_back(makeUnit(static_cast<std::uint8_t>(bytecode[i]), static_cast<std::uint8_t>(bytecode[i + 1])));
    con.firstlineno = f.firstlineno;
    con.linetable = Ref::borrowed(f.linetable);
    con.consts = Ref::borrowed(f.consts);
    con.names = Ref::borrowed(f.names);
    con.localsplusnames = std::move(localsplusnames);
    con.localspluskinds = std::move(localspluskinds);
    con.argcount = f.argcount;
    con.posonlyargcount = f.posonlyargcount;
    con.kwonlyargcount = f.kwonlyargcount;
    con.stacksize = f.stacksize;
    con.exceptiontable = Ref::borrowed(f.exceptiontable);
    Ref code = newCode(interp, con);
    // The engine's own rule (vm/code_verify.h): code the eval loop cannot run safely is refused
    // here, where CPython makes it and may crash running it.
    std::string why;
    if (code && !verifyCode(*asCode(code.get()), why)) {
        raiseError(interp, vmOf(interp).exc.ValueError, "code: " + why);
        return Ref();
    }
    return code;
}

std::vector<CodeUnit> quickenCode(const std::vector<CodeUnit>& code) {
    std::vector<CodeUnit> out = code;
    int previous = -1;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int opcode = unitOpcode(code[i]);
        if (opcodeCaches(opcode) > 0) {
            previous = -1;
            i += static_cast<std::size_t>(opcodeCaches(opcode));
            continue;
        }
        int fused = -1;
        if (opcode == op::LOAD_FAST) {
            if (previous == op::LOAD_FAST) fused = op::LOAD_FAST__LOAD_FAST;
            else if (previous == op::STORE_FAST) fused = op::STORE_FAST__LOAD_FAST;
            else if (previous == op::LOAD_CONST) fused = op::LOAD_CONST__LOAD_FAST;
        } else if (opcode == op::STORE_FAST && previous == op::STORE_FAST) {
            fused = op::STORE_FAST__STORE_FAST;
        } else if (opcode == op::LOAD_CONST && previous == op::LOAD_FAST) {
            fused = op::LOAD_FAST__LOAD_CONST;
        }
        if (fused >= 0) out[i - 1] = makeUnit(fused, unitOparg(out[i - 1]));
        previous = opcode;
    }
    return out;
}

std::int64_t codeSizeOf(const Object* o) { return varSize(asCode(o)->codeUnits()); }

std::string codeReprText(const Object* o) {
    const CodeObject* co = asCode(o);
    const int lineno = co->firstlineno != 0 ? co->firstlineno : -1;
    return "<code object " + strToUtf8(co->name) + " at " + hexAddr(o->addr) + ", file \"" +
           strToUtf8(co->filename) + "\", line " + std::to_string(lineno) + ">";
}

Object* CodeObject::localName(int i) const { return tupleItem(localsplusnames, i); }

std::uint8_t CodeObject::localKind(int i) const { return static_cast<std::uint8_t>(bytesView(localspluskinds)[i]); }

std::vector<std::string> CodeObject::namesOfKind(std::uint8_t kind) const {
    std::vector<std::string> out;
    for (int i = 0; i < nlocalsplus; ++i)
        if (localKind(i) & kind) out.push_back(strToUtf8(localName(i)));
    return out;
}

// ---------------------------------------------------------------- line table

int CodeObject::lineForOffset(int offset) const {
    if (offset < 0) return firstlineno;
    const int unit = offset / 2;
    int result = -1;
    bool found = false;
    walkLineTable(*this, [&](int start, int length, const SourcePosition& pos) {
        if (!found && unit >= start && unit < start + length) {
            result = pos.line;
            found = true;
        }
    });
    return result;
}

std::vector<LineRange> CodeObject::lineRanges() const {
    // _PyLineTable_NextAddressRange: one range per table entry (equal lines are not merged).
    std::vector<LineRange> out;
    walkLineTable(*this, [&](int start, int length, const SourcePosition& pos) {
        out.push_back({start * 2, (start + length) * 2, pos.line});
    });
    return out;
}

std::vector<SourcePosition> CodeObject::positions() const {
    std::vector<SourcePosition> out;
    walkLineTable(*this, [&](int, int length, const SourcePosition& pos) {
        for (int i = 0; i < length; ++i) out.push_back(pos);
    });
    out.resize(code.size());
    return out;
}

// ---------------------------------------------------------------- exception table

std::vector<ExceptionHandler> CodeObject::exceptionEntries() const {
    std::vector<ExceptionHandler> out;
    if (!exceptiontable) return out;
    const std::string_view table = bytesView(exceptiontable);
    const auto* p = reinterpret_cast<const std::uint8_t*>(table.data());
    const auto* limit = p + table.size();
    while (p < limit) {
        ExceptionHandler h;
        h.start = parseExcVarint(p);
        h.end = h.start + parseExcVarint(p);
        h.target = parseExcVarint(p);
        const int dl = parseExcVarint(p);
        h.depth = dl >> 1;
        h.pushLasti = dl & 1;
        out.push_back(h);
    }
    return out;
}

bool CodeObject::handlerFor(int index, ExceptionHandler& out) const {
    // Entries are sorted by start and nested handlers come first in the table for the covered
    // range (the compiler emits non-overlapping entries), so the first match is the innermost.
    if (!exceptiontable) return false;
    const std::string_view table = bytesView(exceptiontable);
    const auto* p = reinterpret_cast<const std::uint8_t*>(table.data());
    const auto* limit = p + table.size();
    while (p < limit) {
        const int start = parseExcVarint(p);
        if (start > index) return false;
        const int size = parseExcVarint(p);
        const int target = parseExcVarint(p);
        const int dl = parseExcVarint(p);
        if (index < start + size) {
            out = {start, start + size, target, dl >> 1, static_cast<bool>(dl & 1)};
            return true;
        }
    }
    return false;
}

void encodeExceptionEntry(std::string& out, int start, int end, int target, int depth, bool lasti) {
    auto writeVarint = [&](int value, int msb) {
        // 6-bit groups, most significant first; bit 6 marks continuation; bit 7 marks an entry start.
        int shift = 0;
        while ((value >> (shift + 6)) != 0) shift += 6;
        for (; shift > 0; shift -= 6) {
            out.push_back(static_cast<char>(((value >> shift) & 63) | 64 | msb));
            msb = 0;
        }
        out.push_back(static_cast<char>((value & 63) | msb));
    };
    writeVarint(start, 128);
    writeVarint(end - start, 0);
    writeVarint(target, 0);
    writeVarint((depth << 1) | (lasti ? 1 : 0), 0);
}

// ---------------------------------------------------------------- init

void initCodeType(Interpreter&, TypeObject& t) {
    t.refcnt = 40; // measured in a cell: sys.getrefcount(type(code)) - 1
    t.dealloc = codeDealloc;
    t.sizeOf = codeSizeOf;
    t.readField = codeReadField;
    t.references = codeReferences;
    t.repr = codeRepr;
    t.hash = codeHash;
    t.richcompare = codeRichCompare;
    t.label = codeLabel;
    setHostDestructor<CodeObject>(t);
}

} // namespace hs
