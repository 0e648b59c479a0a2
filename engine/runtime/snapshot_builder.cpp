// Snapshot construction: one pass over the heap objects, one over each generation list, one over
// the arenas. Static objects are included when a heap object or a root refers to them.
#include "runtime/snapshot_builder.h"

#include "gc/collector.h"
#include "runtime/interpreter.h"

#include <unordered_map>
#include <unordered_set>

namespace hs {

using namespace heapscope;

namespace {

class Builder {
public:
    explicit Builder(const Interpreter& interp) : m_interp(interp) {}

    Snapshot build() {
        Snapshot s;
        s.version = m_interp.version;
        indexGenerations();
        m_interp.forEachHeapObject([&](Object* o) { addObject(s, o); });
        for (const auto& [name, ref] : m_interp.roots()) {
            if (!ref) continue;
            s.roots.push_back({name, ref->addr});
            m_wantedStatics.insert(ref.get());
        }
        for (Object* st : m_interp.statics())
            if (m_wantedStatics.count(st)) addObject(s, st);
        const GcState& gc = m_interp.gc();
        for (int i = 0; i < GcState::kGenerations; ++i) {
            s.generations[i].count = gc.generations[i].count;
            s.generations[i].threshold = gc.generations[i].threshold;
            s.generations[i].size = m_generationSizes[i];
        }
        s.permanentSize = m_generationSizes[GcState::kPermanent];
        s.gcEnabled = gc.enabled;
        buildCollectionView(s.collection);
        buildMemoryMap(s);
        s.typeNames = std::move(m_typeNames);
        return s;
    }

private:
    std::int32_t typeIndex(const TypeObject* t) {
        auto [it, fresh] = m_typeIndex.emplace(t, static_cast<std::int32_t>(m_typeNames.size()));
        if (fresh) m_typeNames.push_back(t->name);
        return it->second;
    }

    void indexGenerations() {
        const GcState& gc = m_interp.gc();
        for (int g = 0; g <= GcState::kPermanent; ++g) {
            const GcHead* head = g == GcState::kPermanent ? &gc.permanent.head : &gc.generations[g].head;
            std::int64_t n = 0;
            for (const GcHead* h = head->nextHead(); h != head; h = h->nextHead(), ++n)
                m_generation[objectOf(const_cast<GcHead*>(h))] = static_cast<std::int8_t>(g);
            m_generationSizes[g] = n;
        }
    }

    static int collectReferent(Object* referent, void* arg) {
        auto* self = static_cast<std::pair<Builder*, ObjectInfo*>*>(arg);
        self->second->referents.push_back(referent->addr);
        if (referent->objFlags & Object::kStatic) self->first->m_wantedStatics.insert(referent);
        return 0;
    }

    void addObject(Snapshot& s, Object* o) {
        ObjectInfo info;
        TypeObject* t = o->type;
        info.address = o->addr;
        info.typeIndex = typeIndex(t);
        info.size = static_cast<std::uint64_t>((t->sizeOf ? t->sizeOf(o) : t->basicsize) + t->preHeaderSize());
        info.refcount = o->refcnt;
        info.isStatic = o->objFlags & Object::kStatic;
        auto g = m_generation.find(o);
        // During a collection objects in the collector's own sets are tracked but in no generation.
        info.gcTracked = g != m_generation.end() || (t->isGc() && gcHeadOf(o)->tracked());
        info.generation = g != m_generation.end() ? g->second : -1;
        info.label = t->label ? t->label(o) : t->name;
        if (info.label.size() > 40) info.label = info.label.substr(0, 37) + "...";
        std::pair<Builder*, ObjectInfo*> arg{this, &info};
        if (t->references) t->references(o, collectReferent, &arg);
        else if (t->traverse) t->traverse(o, collectReferent, &arg);
        s.objects.push_back(std::move(info));
    }

    void buildCollectionView(CollectionView& v) {
        const Collector* c = m_interp.existingCollector();
        if (c == nullptr || !c->observed()) return;
        v.present = true;
        v.active = !c->finished();
        v.phase = gcPhaseName(c->phase());
        v.phaseComplete = c->phaseComplete();
        v.generation = c->generation();
        v.collected = c->collectedSoFar();
        v.uncollectable = c->uncollectableSoFar();
        v.result = c->result();
        v.objects.reserve(c->candidates().size());
        for (const GcCandidate& cand : c->candidates())
            v.objects.push_back({cand.address, cand.gcRefs, static_cast<heapscope::GcSet>(cand.set), cand.typeName});
    }

    void fillBlock(BlockInfo& b, const BlockSlot& slot) {
        b.state = visibleBlockState(slot);
        if ((b.state == BlockState::Object || b.state == BlockState::Retained || b.state == BlockState::Buffer) &&
            slot.owner) {
            b.typeIndex = typeIndex(slot.owner->type);
            b.object = slot.owner->addr;
        }
    }

    void buildMemoryMap(Snapshot& s) {
        m_interp.memory().pymalloc().forEachArena([&](const Pymalloc::Arena& arena) {
            ArenaInfo a;
            a.address = arena.address;
            for (std::uint32_t p = 0; p < arena.nCarved; ++p) {
                const Pymalloc::Pool& pool = arena.pools[p];
                PoolInfo info;
                info.address = pool.address;
                const bool assigned = pool.sizeClass != Pymalloc::Pool::kNoClass && !pool.slots.empty();
                info.blockSize = assigned ? pool.blockSize() : 0;
                if (assigned) {
                    info.blocks.resize(pool.slots.size());
                    for (std::size_t i = 0; i < pool.slots.size(); ++i) {
                        fillBlock(info.blocks[i], pool.slots[i]);
                        const BlockState st = info.blocks[i].state;
                        if (st == BlockState::Object || st == BlockState::Buffer || st == BlockState::Retained) {
                            ++info.blocksInUse;
                            s.totals.bytesInBlocks += info.blockSize;
                        }
                    }
                    s.totals.blocksInUse += info.blocksInUse;
                    if (info.blocksInUse) ++s.totals.poolsInUse;
                }
                a.pools.push_back(std::move(info));
            }
            s.arenas.push_back(std::move(a));
        });
        s.totals.arenas = s.arenas.size();
        for (const auto& [start, chunk] : m_interp.memory().largeHeap().chunks()) {
            if (!chunk.used) continue;
            LargeBlockInfo lb;
            lb.address = start + 16;
            lb.size = chunk.request;
            BlockInfo b;
            fillBlock(b, chunk.slot);
            lb.state = b.state;
            lb.typeIndex = b.typeIndex;
            lb.object = b.object;
            s.largeBlocks.push_back(lb);
        }
        s.totals.largeBytes = m_interp.memory().largeHeap().bytesInUse();
        s.totals.heapLimit = m_interp.memory().heapLimit();
    }

    const Interpreter& m_interp;
    std::unordered_map<const TypeObject*, std::int32_t> m_typeIndex;
    std::vector<std::string> m_typeNames;
    std::unordered_map<const Object*, std::int8_t> m_generation;
    std::int64_t m_generationSizes[4] = {};
    std::unordered_set<const Object*> m_wantedStatics;
};

} // namespace

Snapshot buildSnapshot(const Interpreter& interp) { return Builder(interp).build(); }

} // namespace hs
