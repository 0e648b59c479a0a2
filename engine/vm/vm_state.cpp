// VM state: creation of the VM's static types, identifiers and modules (initVm), the data stack,
// the transcript, and the VM's roots for the heap audit.
#include "vm/vm_state.h"

#include "modules/module_registry.h"
#include "objects/builtin_function_object.h"
#include "objects/builtin_iterators.h"
#include "objects/cell_object.h"
#include "objects/class_object.h"
#include "objects/bytearray_object.h"
#include "objects/complex_object.h"
#include "objects/descr_object.h"
#include "objects/dictview_object.h"
#include "objects/exception_group.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/genericalias_object.h"
#include "objects/anext_awaitable_object.h"
#include "objects/async_generator_object.h"
#include "objects/coroutine_object.h"
#include "objects/generator_object.h"
#include "objects/iterator_objects.h"
#include "objects/memoryview_object.h"
#include "objects/method_object.h"
#include "objects/module_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "objects/union_object.h"
#include "objects/weakref_object.h"
#include "runtime/type_methods.h"
#include "vm/frame.h"

#include <cstring>

namespace hs {

void VmStateDeleter::operator()(VmState* v) const {
    // No Python-level teardown: the interpreter's memory goes away as a whole.
    delete v;
}

Object** DataStack::pushSlow(std::size_t words) {
    if (chunks.empty()) {
        chunks.emplace_back();
        chunks.back().words.resize(std::max<std::size_t>(words, 16384));
        current = 0;
    } else {
        // The current chunk is full: record its top and start (or reuse) the next chunk.
        chunks[current].top = static_cast<std::size_t>(top - chunkBase);
        ++current;
        if (current == chunks.size()) chunks.emplace_back();
        Chunk& next = chunks[current];
        if (next.words.size() < words)
            next.words.resize(std::max<std::size_t>(words, 2 * chunks[current - 1].words.size()));
    }
    Chunk& c = chunks[current];
    c.top = 0;
    chunkBase = c.words.data();
    limit = chunkBase + c.words.size();
    top = chunkBase + words;
    return chunkBase;
}

void DataStack::popChunk() {
    chunks[current].top = 0;
    --current;
    Chunk& c = chunks[current];
    chunkBase = c.words.data();
    limit = chunkBase + c.words.size();
    top = chunkBase + c.top;
}

namespace {

// A statically allocated, interned identifier (a _Py_ID string). Reuses an interned string that
// already exists (kept alive through the VM's extra roots).
Object* makeIdentifier(VmState& vm, std::string_view text) {
    Interpreter& interp = vm.interp;
    Ref probe = newStrFromUtf8(interp, text);
    strHash(probe.get());
    if (StrObject* found = internTableOf(interp).find(asStr(probe.get()))) {
        incref(found);
        vm.extraRoots.push_back(found);
        return found;
    }
    probe = Ref();
    return newStaticStr(interp, text, 999999999, true);
}

void createNames(VmState& vm) {
#define HS_VM_NAME_INIT(n) vm.names.n = makeIdentifier(vm, #n);
    HS_VM_NAMES(HS_VM_NAME_INIT)
#undef HS_VM_NAME_INIT
    vm.names.throw_ = makeIdentifier(vm, "throw");
    vm.names.stdout_ = makeIdentifier(vm, "stdout");
    vm.names.stderr_ = makeIdentifier(vm, "stderr");
    vm.names.stdin_ = makeIdentifier(vm, "stdin");
    vm.names.func_ = makeIdentifier(vm, "__func__");
    static const char* const kBinary[13] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                            "or", "pow", "rshift", "sub", "truediv", "xor"};
    for (int i = 0; i < 13; ++i) {
        vm.names.binary[i] = makeIdentifier(vm, std::string("__") + kBinary[i] + "__");
        vm.names.binary[13 + i] = makeIdentifier(vm, std::string("__i") + kBinary[i] + "__");
        vm.names.reflected[i] = makeIdentifier(vm, std::string("__r") + kBinary[i] + "__");
    }
}

struct VmTypeSpec {
    TypeObject* VmTypes::*slot;
    const char* name;
    std::int64_t basicsize;
    std::int64_t itemsize;
    std::uint64_t flags;
};

constexpr std::uint64_t kDefault = 0; // Py_TPFLAGS_DEFAULT bits are not simulated
constexpr std::uint64_t kGc = tpflags::kHaveGc;
constexpr std::uint64_t kBase = tpflags::kBaseType;

const VmTypeSpec kVmTypes[] = {
    {&VmTypes::function, "function", 136, 0, kGc},
    {&VmTypes::cell, "cell", 24, 0, kGc},
    {&VmTypes::method, "method", 48, 0, kGc},
    {&VmTypes::builtinFunction, "builtin_function_or_method", 56, 0, kGc},
    {&VmTypes::methodDescriptor, "method_descriptor", 56, 0, kGc},
    {&VmTypes::classmethodDescriptor, "classmethod_descriptor", 56, 0, kGc},
    {&VmTypes::getsetDescriptor, "getset_descriptor", 48, 0, kGc},
    {&VmTypes::memberDescriptor, "member_descriptor", 48, 0, kGc},
    {&VmTypes::wrapperDescriptor, "wrapper_descriptor", 56, 0, kGc},
    {&VmTypes::methodWrapper, "method-wrapper", 32, 0, kGc},
    {&VmTypes::staticmethod, "staticmethod", 32, 0, kGc | kBase},
    {&VmTypes::classmethod, "classmethod", 32, 0, kGc | kBase},
    {&VmTypes::property, "property", 64, 0, kGc | kBase}, // 5 pointers + int getter_doc, padded
    {&VmTypes::super, "super", 40, 0, kGc | kBase},
    {&VmTypes::mappingproxy, "mappingproxy", 24, 0, kGc},
    {&VmTypes::module, "module", 56, 0, kGc | kBase},
    // frame / generator: offsetof(_f_frame_data) or offsetof(gi_iframe) plus the 9 words of a
    // _PyInterpreterFrame's specials; items are localsplus + value-stack slots.
    {&VmTypes::frame, "frame", 48 + 8 * kFrameSpecialsSize, 8, kGc},
    {&VmTypes::traceback, "traceback", 40, 0, kGc},
    {&VmTypes::slice, "slice", 40, 0, kGc},
    {&VmTypes::generator, "generator", 80 + 8 * kFrameSpecialsSize, 8, kGc},
    {&VmTypes::coroutine, "coroutine", 80 + 8 * kFrameSpecialsSize, 8, kGc},
    {&VmTypes::coroutineWrapper, "coroutine_wrapper", 24, 0, kGc},
    {&VmTypes::asyncGenerator, "async_generator", 80 + 8 * kFrameSpecialsSize, 8, kGc},
    {&VmTypes::asyncGenASend, "async_generator_asend", 40, 0, kGc},
    {&VmTypes::asyncGenAThrow, "async_generator_athrow", 40, 0, kGc},
    {&VmTypes::asyncGenWrappedValue, "async_generator_wrapped_value", 24, 0, kGc},
    {&VmTypes::anextAwaitable, "anext_awaitable", 32, 0, kGc},
    {&VmTypes::listIterator, "list_iterator", 32, 0, kGc},
    {&VmTypes::listReverseIterator, "list_reverseiterator", 32, 0, kGc},
    {&VmTypes::tupleIterator, "tuple_iterator", 32, 0, kGc},
    {&VmTypes::rangeIterator, "range_iterator", 48, 0, kDefault},
    {&VmTypes::longRangeIterator, "longrange_iterator", 48, 0, kDefault},
    {&VmTypes::strIterator, "str_ascii_iterator", 32, 0, kGc},
    {&VmTypes::strUnicodeIterator, "str_iterator", 32, 0, kGc},
    {&VmTypes::bytesIterator, "bytes_iterator", 32, 0, kGc},
    {&VmTypes::setIterator, "set_iterator", 48, 0, kGc},
    {&VmTypes::dictKeyIterator, "dict_keyiterator", 56, 0, kGc},
    {&VmTypes::dictValueIterator, "dict_valueiterator", 56, 0, kGc},
    {&VmTypes::dictItemIterator, "dict_itemiterator", 56, 0, kGc},
    {&VmTypes::dictReverseKeyIterator, "dict_reversekeyiterator", 56, 0, kGc},
    {&VmTypes::dictReverseValueIterator, "dict_reversevalueiterator", 56, 0, kGc},
    {&VmTypes::dictReverseItemIterator, "dict_reverseitemiterator", 56, 0, kGc},
    {&VmTypes::dictKeys, "dict_keys", 24, 0, kGc},
    {&VmTypes::dictValues, "dict_values", 24, 0, kGc},
    {&VmTypes::dictItems, "dict_items", 24, 0, kGc},
    {&VmTypes::seqIterator, "iterator", 32, 0, kGc},
    {&VmTypes::callableIterator, "callable_iterator", 32, 0, kGc},
    {&VmTypes::enumerate, "enumerate", 56, 0, kGc | kBase},
    {&VmTypes::zip, "zip", 48, 0, kGc | kBase},
    {&VmTypes::map, "map", 32, 0, kGc | kBase},
    {&VmTypes::filter, "filter", 32, 0, kGc | kBase},
    {&VmTypes::reversed, "reversed", 32, 0, kGc | kBase},
    {&VmTypes::textIO, "_io.TextIOWrapper", 192, 0, kGc | kBase},
    {&VmTypes::structSeq, "sys.version_info", 24, 8, kGc | tpflags::kTupleSubclass},
    {&VmTypes::simpleNamespace, "types.SimpleNamespace", 24, 0, kGc | kBase},
    {&VmTypes::weakref, "weakref.ReferenceType", 64, 0, kGc | kBase},
    {&VmTypes::weakProxy, "weakref.ProxyType", 64, 0, kGc},
    {&VmTypes::weakCallableProxy, "weakref.CallableProxyType", 64, 0, kGc},
    {&VmTypes::complex, "complex", 32, 0, kBase},
    {&VmTypes::bytearray, "bytearray", 56, 0, kBase},
    {&VmTypes::bytearrayIterator, "bytearray_iterator", 32, 0, kGc},
    {&VmTypes::genericAlias, "types.GenericAlias", 64, 0, kGc | kBase},
    {&VmTypes::genericAliasIterator, "generic_alias_iterator", 24, 0, kGc},
    {&VmTypes::unionType, "types.UnionType", 32, 0, kGc},
    {&VmTypes::memoryview, "memoryview", 144, 8, kGc | tpflags::kSequence},
    {&VmTypes::managedBuffer, "managedbuffer", 112, 0, kGc},
    {&VmTypes::memoryIterator, "memory_iterator", 48, 0, kGc},
};

void createVmTypes(VmState& vm) {
    Interpreter& interp = vm.interp;
    for (const VmTypeSpec& spec : kVmTypes) {
        TypeObject* t = interp.newStaticType(spec.name, spec.basicsize, spec.itemsize, spec.flags, interp.types.object);
        t->type = interp.types.type;
        vm.types.*(spec.slot) = t;
    }
    vm.types.structSeq->base = interp.types.tuple;
    initFunctionType(interp, *vm.types.function);
    initCellType(interp, *vm.types.cell);
    initMethodType(interp, *vm.types.method);
    initBuiltinFunctionType(interp, *vm.types.builtinFunction);
    initModuleType(interp, *vm.types.module);
    initFrameType(interp, *vm.types.frame);
    initTracebackType(interp, *vm.types.traceback);
    initSliceType(interp, *vm.types.slice);
    initGeneratorType(interp, *vm.types.generator);
    initCoroutineTypes(interp);
    initAsyncGeneratorTypes(interp);
    initAnextAwaitableType(interp);
    initDescrTypes(interp);
    initIteratorTypes(interp);
    initDictViewTypes(interp);
    initBuiltinIteratorTypes(interp);
    initWeakrefTypes(interp);
    initComplexType(interp, *vm.types.complex);
    initBytearrayTypes(interp, *vm.types.bytearray, *vm.types.bytearrayIterator);
    initGenericAliasType(interp);
    initUnionType(interp);
    initMemoryViewTypes(interp, *vm.types.memoryview, *vm.types.managedBuffer, *vm.types.memoryIterator);
}

} // namespace

void initVm(Interpreter& interp) {
    if (interp.vm) return;
    interp.vm.reset(new VmState(interp));
    VmState& vm = *interp.vm;
    createNames(vm);
    createVmTypes(vm);
    createExceptionTypes(interp);
    bindBuiltinTypes(interp);
    addBuiltinClassGetItems(interp);
    initExceptionGroupType(interp);
    initModules(interp);
}

void registerBuiltinModule(Interpreter& interp, const std::string& name, Object* (*create)(Interpreter&)) {
    VmState& vm = vmOf(interp);
    for (auto& entry : vm.moduleRegistry)
        if (entry.first == name) {
            entry.second = create;
            return;
        }
    vm.moduleRegistry.emplace_back(name, create);
}

void writeTranscript(Interpreter& interp, std::string_view text) {
    VmState& vm = vmOf(interp);
    vm.transcript.append(text);
    if (vm.outputCallback) vm.outputCallback(text);
}

void writeHostStderr(Interpreter& interp, std::string_view text) {
    VmState& vm = vmOf(interp);
    vm.hostStderr.append(text);
    if (vm.hostStderrCallback) vm.hostStderrCallback(text);
}

void forEachVmRoot(const VmState& vm, const std::function<void(Object*)>& fn) {
    auto visit = [&](Object* o) {
        if (o) fn(o);
    };
    visit(vm.modules);
    visit(vm.builtinsModule);
    visit(vm.builtinsDict);
    visit(vm.sysModule);
    visit(vm.sysDict);
    visit(vm.stdinObject);
    visit(vm.stdoutObject);
    visit(vm.stderrObject);
    for (Object* o : vm.extraRoots) visit(o);
    for (const auto& [o, n] : vm.startupReferences)
        for (std::int64_t i = 0; i < n; ++i) visit(o);
    for (const ExcStackItem* item = vm.excInfo; item; item = item->previous)
        if (item == &vm.excBase) visit(item->excValue);
    if (vm.excInfo == &vm.excBase) {
        // excBase visited above
    }
    struct Ctx {
        const std::function<void(Object*)>* fn;
    } ctx{&fn};
    for (const Frame* f = vm.currentFrame; f; f = f->previous)
        if (f->owner == frameowner::kThread)
            visitFrameReferences(f, [](Object* o, void* arg) { (*static_cast<Ctx*>(arg)->fn)(o); return 0; }, &ctx);
}

} // namespace hs
