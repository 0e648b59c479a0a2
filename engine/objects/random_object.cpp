// _random.Random: MT19937 exactly as Modules/_randommodule.c (init_genrand, init_by_array seeding
// from an int's 32-bit words, genrand_uint32, 53-bit random(), getrandbits) and SHA-512.
#include "objects/random_object.h"

#include "modules/module_types.h"
#include "objects/bigint.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <vector>

namespace hs {

namespace {

constexpr int kN = RandomObject::kN;
constexpr int kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;
constexpr std::int64_t kRandomBasicSize = 2520;

RandomObject* asRandom(Object* o) { return static_cast<RandomObject*>(o); }

std::uint32_t genrandUint32(RandomObject* self) {
    static const std::uint32_t mag01[2] = {0x0U, kMatrixA};
    std::uint32_t* mt = self->state.data();
    std::uint32_t y;
    if (self->index >= kN) {
        int kk;
        for (kk = 0; kk < kN - kM; kk++) {
            y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
            mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < kN - 1; kk++) {
            y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
            mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[kN - 1] & kUpperMask) | (mt[0] & kLowerMask);
        mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

void initGenrand(RandomObject* self, std::uint32_t s) {
    std::uint32_t* mt = self->state.data();
    mt[0] = s;
    int mti;
    for (mti = 1; mti < kN; mti++) mt[mti] = (1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + static_cast<std::uint32_t>(mti));
    self->index = mti;
}

void initByArray(RandomObject* self, const std::uint32_t* key, std::size_t keyLength) {
    std::uint32_t* mt = self->state.data();
    initGenrand(self, 19650218U);
    std::size_t i = 1, j = 0;
    for (std::size_t k = (kN > keyLength ? kN : keyLength); k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<std::uint32_t>(j);
        i++;
        j++;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
        if (j >= keyLength) j = 0;
    }
    for (std::size_t k = kN - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
        i++;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

// |v| as little-endian 32-bit words (at least one).
std::vector<std::uint32_t> words32(const BigInt& v) {
    std::vector<std::uint32_t> out;
    std::uint64_t acc = 0;
    int bits = 0;
    for (BigInt::Digit d : v.abs().magnitude()) {
        acc |= static_cast<std::uint64_t>(d) << bits;
        bits += BigInt::kShift;
        while (bits >= 32) {
            out.push_back(static_cast<std::uint32_t>(acc));
            acc >>= 32;
            bits -= 32;
        }
    }
    if (bits > 0 && acc) out.push_back(static_cast<std::uint32_t>(acc));
    while (out.size() > 1 && out.back() == 0) out.pop_back();
    if (out.empty()) out.push_back(0);
    return out;
}

// An unsigned int from little-endian 32-bit words.
Ref intFromWords(Interpreter& interp, const std::vector<std::uint32_t>& words) {
    std::vector<BigInt::Digit> digits;
    std::uint64_t acc = 0;
    int bits = 0;
    for (std::uint32_t w : words) {
        acc |= static_cast<std::uint64_t>(w) << bits;
        bits += 32;
        while (bits >= BigInt::kShift) {
            digits.push_back(static_cast<BigInt::Digit>(acc & BigInt::kMask));
            acc >>= BigInt::kShift;
            bits -= BigInt::kShift;
        }
    }
    if (bits > 0) digits.push_back(static_cast<BigInt::Digit>(acc));
    return newIntFromBig(interp, BigInt::fromDigits(false, std::move(digits)));
}

// splitmix64: expands the host's entropy into a full key (the engine has no urandom).
std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// random_seed: None draws from the host entropy; an int uses its absolute value; anything else
// its hash as an unsigned word. 0 or -1 with the error set.
int randomSeed(RandomObject* self, Object* arg) {
    Interpreter& interp = *self->type->interp;
    if (!arg || arg == interp.none) {
        std::vector<std::uint32_t> key(kN);
        VmState& vm = vmOf(interp);
        std::uint64_t x = vm.hostEntropy + 0x632be59bd9b4e019ULL * ++vm.entropyDraws;
        for (auto& w : key) w = static_cast<std::uint32_t>(splitmix64(x) >> 32);
        initByArray(self, key.data(), key.size());
        return 0;
    }
    std::vector<std::uint32_t> key;
    if (isInt(arg)) {
        key = words32(intValue(arg));
    } else {
        const std::int64_t h = objectHash(arg);
        if (h == -1 && errOccurred(interp)) return -1;
        key = words32(BigInt::fromUint64(static_cast<std::uint64_t>(h)));
    }
    initByArray(self, key.data(), key.size());
    return 0;
}

Object* randomNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    const bool exact = type == moduleType(interp, ModuleTypeId::Random);
    RandomObject* r = exact ? interp.newObject<RandomObject>(type, static_cast<std::uint64_t>(type->basicsize))
                            : allocSubtypeInstance<RandomObject>(interp, type, 0);
    return r;
}

int randomInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = *self->type->interp;
    TypeObject* base = moduleType(interp, ModuleTypeId::Random);
    if ((self->type == base || self->type->slots.tpInit == base->slots.tpInit) && kwargs && dictSize(kwargs)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "Random() takes no keyword arguments");
        return -1;
    }
    if (tupleSize(args) > 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return randomSeed(asRandom(self), tupleSize(args) == 1 ? tupleItem(args, 0) : nullptr);
}

Object* mRandom(Object* self, Object* const*, std::int64_t, Object*) {
    RandomObject* r = asRandom(self);
    const std::uint32_t a = genrandUint32(r) >> 5, b = genrandUint32(r) >> 6;
    return newFloat(*self->type->interp, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)).release();
}

Object* mSeed(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkPositional(interp, "seed", nargs, 0, 1)) return nullptr;
    if (randomSeed(asRandom(self), nargs ? args[0] : nullptr) < 0) return nullptr;
    incref(interp.none);
    return interp.none;
}

Object* mGetState(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    RandomObject* r = asRandom(self);
    Ref t = newTuple(interp, kN + 1);
    if (!t) return nullptr;
    for (int i = 0; i < kN; i++) {
        Ref v = newInt(interp, r->state[static_cast<std::size_t>(i)]);
        if (!v) return nullptr;
        tupleSetItemSteal(t.get(), i, v.release());
    }
    Ref idx = newInt(interp, r->index);
    if (!idx) return nullptr;
    tupleSetItemSteal(t.get(), kN, idx.release());
    return t.release();
}

Object* mSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    VmState& vm = vmOf(interp);
    Object* state = args[0];
    if (!isTuple(state)) {
        raiseError(interp, vm.exc.TypeError, "state vector must be a tuple");
        return nullptr;
    }
    if (tupleSize(state) != kN + 1) {
        raiseError(interp, vm.exc.ValueError, "state vector is the wrong size");
        return nullptr;
    }
    std::array<std::uint32_t, kN> words{};
    for (int i = 0; i < kN; i++) {
        Object* item = tupleItem(state, i);
        std::int64_t v = 0;
        if (!isInt(item) || !intAsInt64(item, v) || v < 0 || v > 0xffffffffLL) {
            raiseError(interp, isInt(item) ? vm.exc.OverflowError : vm.exc.TypeError,
                       isInt(item) ? "Python int too large to convert to C unsigned long" : "an integer is required");
            return nullptr;
        }
        words[static_cast<std::size_t>(i)] = static_cast<std::uint32_t>(v);
    }
    std::int64_t index = 0;
    Object* last = tupleItem(state, kN);
    if (!isInt(last) || !intAsInt64(last, index)) {
        raiseError(interp, vm.exc.TypeError, "an integer is required");
        return nullptr;
    }
    if (index < 0 || index > kN) {
        raiseError(interp, vm.exc.ValueError, "invalid state");
        return nullptr;
    }
    RandomObject* r = asRandom(self);
    r->state = words;
    r->index = static_cast<int>(index);
    incref(interp.none);
    return interp.none;
}

Object* mGetRandBits(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    VmState& vm = vmOf(interp);
    Object* arg = args[0];
    std::int64_t k = 0;
    if (!isInt(arg)) {
        raiseError(interp, vm.exc.TypeError, "'" + arg->type->name + "' object cannot be interpreted as an integer");
        return nullptr;
    }
    if (!intAsInt64(arg, k) || k > 2147483647LL || k < -2147483648LL) {
        raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C int");
        return nullptr;
    }
    if (k < 0) {
        raiseError(interp, vm.exc.ValueError, "number of bits must be non-negative");
        return nullptr;
    }
    RandomObject* r = asRandom(self);
    if (k == 0) return newInt(interp, 0).release();
    if (k <= 32) return newInt(interp, genrandUint32(r) >> (32 - k)).release();
    const std::int64_t nwords = (k - 1) / 32 + 1;
    std::vector<std::uint32_t> words(static_cast<std::size_t>(nwords));
    for (std::int64_t i = 0; i < nwords; i++, k -= 32) {
        std::uint32_t w = genrandUint32(r);
        if (k < 32) w >>= (32 - k);
        words[static_cast<std::size_t>(i)] = w;
    }
    return intFromWords(interp, words).release();
}

const MethodDef kRandomMethods[] = {
    {"random", mRandom, meth::kNoArgs, "random() -> x in the interval [0, 1)."},
    {"seed", mSeed, meth::kFastcall, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"getstate", mGetState, meth::kNoArgs, "getstate() -> tuple containing the current state."},
    {"setstate", mSetState, meth::kO, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", mGetRandBits, meth::kO, "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits."},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- SHA-512 (FIPS 180-4)

constexpr std::uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

std::uint64_t rotr(std::uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

} // namespace

std::string sha512Digest(std::string_view data) {
    std::uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                          0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    std::string msg(data);
    const std::uint64_t bitLen = static_cast<std::uint64_t>(data.size()) * 8;
    msg.push_back(static_cast<char>(0x80));
    while (msg.size() % 128 != 112) msg.push_back('\0');
    for (int i = 0; i < 8; i++) msg.push_back('\0'); // high 64 bits of the 128-bit length
    for (int i = 7; i >= 0; i--) msg.push_back(static_cast<char>((bitLen >> (8 * i)) & 0xff));
    for (std::size_t block = 0; block < msg.size(); block += 128) {
        std::uint64_t w[80];
        for (int t = 0; t < 16; t++) {
            std::uint64_t v = 0;
            for (int b = 0; b < 8; b++) v = (v << 8) | static_cast<unsigned char>(msg[block + static_cast<std::size_t>(t * 8 + b)]);
            w[t] = v;
        }
        for (int t = 16; t < 80; t++) {
            const std::uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
            const std::uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        std::uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 80; t++) {
            const std::uint64_t t1 = hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + kSha512K[t] + w[t];
            const std::uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
    std::string out;
    for (std::uint64_t v : h)
        for (int i = 7; i >= 0; i--) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    return out;
}

TypeObject* randomType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::Random);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType("_random.Random", kRandomBasicSize, 0, tpflags::kBaseType, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = [](Object* o) { o->type->interp->freeObject(o); };
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->label = [](const Object*) { return std::string("Random"); };
    t->slots.tpNew = randomNew;
    t->slots.tpInit = randomInit;
    addMethods(interp, t, kRandomMethods);
    addSlotWrappers(interp, t);
    setHostDestructor<RandomObject>(*t);
    slot = t;
    return t;
}

} // namespace hs
