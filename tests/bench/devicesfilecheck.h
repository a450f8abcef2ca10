#pragma once

#include <QHash>
#include <QString>

// Reads a devices.json the product wrote and checks what an importer relies on: one compact
// JSON object per line, each with ids.device_id, ids.dev_eui, frequency_plan_id, and
// root_keys (OTAA) or session (ABP). Frame counters are collected for the session check.
struct DevicesFileCheck
{
    int lines = 0;
    int valid = 0;
    int withSession = 0;
    QString firstProblem; // line number and what is wrong; never a key
    // v2 device name (the v3 `name` field) -> {last_f_cnt_up, last_n_f_cnt_down}
    QHash<QString, QPair<qint64, qint64>> sessionCounters;

    bool ok() const { return lines > 0 && valid == lines && firstProblem.isEmpty(); }
    static DevicesFileCheck read(const QString &path);
};
