#pragma once

#include <QHash>
#include <QList>
#include <algorithm>

// Rows of a table grouped by a key, each group in ascending row order. Almost every key has one
// row, so the first row of a group lives in a plain hash and only the rare further rows in a
// list: indexing 100,000 devices costs one hash insert each, not one list allocation each.
template <typename Key> class RowIndex
{
public:
    void reserve(qsizetype size) { m_first.reserve(size); }

    // True when `row` is the only row with `key` (the usual case: nothing to compare).
    bool insert(const Key &key, qsizetype row)
    {
        const auto first = m_first.find(key);
        if (first == m_first.end()) {
            m_first.insert(key, row);
            return true;
        }
        QList<qsizetype> &others = m_others[key];
        if (row < *first)
            std::swap(row, *first);
        others.insert(std::lower_bound(others.begin(), others.end(), row), row);
        return false;
    }

    void remove(const Key &key, qsizetype row)
    {
        const auto first = m_first.find(key);
        if (first == m_first.end())
            return;
        const auto others = m_others.find(key);
        if (*first == row) {
            if (others == m_others.end()) {
                m_first.erase(first);
                return;
            }
            *first = others->takeFirst();
        } else if (others != m_others.end()) {
            others->removeOne(row);
        }
        if (others != m_others.end() && others->isEmpty())
            m_others.erase(others);
    }

    // The rows with `key`, ascending.
    QList<qsizetype> rows(const Key &key) const
    {
        const auto first = m_first.constFind(key);
        if (first == m_first.constEnd())
            return {};
        QList<qsizetype> result { *first };
        const auto others = m_others.constFind(key);
        if (others != m_others.constEnd())
            result += *others;
        return result;
    }

private:
    QHash<Key, qsizetype> m_first; // the lowest row of each key
    QHash<Key, QList<qsizetype>> m_others; // the further rows, ascending; only where there are any
};
