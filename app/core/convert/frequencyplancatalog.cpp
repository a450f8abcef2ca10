#include "convert/frequencyplancatalog.h"

#include "convert/frequencyplans_data.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace {

struct Catalog
{
    QList<FrequencyPlan> plans;
    QHash<QString, int> indexById;
};

const Catalog &catalog()
{
    static const Catalog instance = [] {
        Catalog c;
        c.plans.reserve(FrequencyPlanData::entryCount);
        for (int i = 0; i < FrequencyPlanData::entryCount; ++i) {
            const FrequencyPlanData::Entry &e = FrequencyPlanData::entries[i];
            c.plans.append({ QString::fromUtf8(e.id), QString::fromUtf8(e.bandId),
                QString::fromUtf8(e.name), QString::fromUtf8(e.description) });
            c.indexById.insert(c.plans.constLast().id, i);
        }
        return c;
    }();
    return instance;
}

// Classic Levenshtein distance with two rows; IDs are short, so this is cheap.
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)]
                = std::min({ previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace

const QList<FrequencyPlan> &FrequencyPlanCatalog::all()
{
    return catalog().plans;
}

bool FrequencyPlanCatalog::contains(const QString &id)
{
    return catalog().indexById.contains(id);
}

const FrequencyPlan *FrequencyPlanCatalog::find(const QString &id)
{
    const Catalog &c = catalog();
    const auto it = c.indexById.constFind(id);
    return it == c.indexById.constEnd() ? nullptr : &c.plans.at(it.value());
}

QStringList FrequencyPlanCatalog::bands()
{
    QStringList result;
    for (const FrequencyPlan &plan : all()) {
        if (!result.contains(plan.bandId))
            result.append(plan.bandId);
    }
    return result;
}

QStringList FrequencyPlanCatalog::closestMatches(const QString &id, int count)
{
    const QString wanted = id.trimmed().toUpper();
    if (wanted.isEmpty() || count <= 0)
        return {};

    // Rank: exact (case-insensitive) match, then IDs starting with the input, then IDs
    // containing it, then everything else; within a rank by edit distance, then file order.
    struct Candidate
    {
        int rank;
        int distance;
        int index;
    };
    std::vector<Candidate> candidates;
    const QList<FrequencyPlan> &plans = all();
    for (int i = 0; i < plans.size(); ++i) {
        const QString &planId = plans.at(i).id; // plan IDs are uppercase already
        int rank = 3;
        if (planId == wanted)
            rank = 0;
        else if (planId.startsWith(wanted))
            rank = 1;
        else if (planId.contains(wanted))
            rank = 2;
        candidates.push_back({ rank, editDistance(wanted, planId), i });
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            return a.rank != b.rank ? a.rank < b.rank : a.distance < b.distance;
        });

    QStringList result;
    for (const Candidate &c : candidates) {
        if (result.size() >= count)
            break;
        result.append(plans.at(c.index).id);
    }
    return result;
}
