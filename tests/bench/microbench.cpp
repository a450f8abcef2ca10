// ttnmig-microbench (Google Benchmark): the hot loops behind the end-to-end figures of
// run-benchmarks.sh, one by one, for profiling and for spotting regressions in a single step:
// parsing the v2 list, converting a device, converting + writing the NDJSON file, and the
// preview model/proxy at 100,000 rows.
//   build-bench/bin/ttnmig-microbench --benchmark_filter=Convert
#include "convert/conversionresult.h"
#include "convert/deviceconverter.h"
#include "io/exportfile.h"
#include "syntheticfleet.h"
#include "v2/v2deviceparser.h"

#ifdef TTNMIG_BENCH_HAS_UI
#include "models/outcomefilterproxy.h"
#include "models/outcometablemodel.h"
#endif

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

ConversionOptions benchOptions()
{
    ConversionOptions options;
    options.frequencyPlanId = u"EU_863_870_TTN"_s;
    return options;
}

void BM_ParseList(benchmark::State &state)
{
    const QByteArray body
        = SyntheticFleet::listBody(SyntheticFleet::devices(u"bench-app"_s, int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(V2DeviceParser::parseList(body));
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * body.size());
}
BENCHMARK(BM_ParseList)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ConvertDevice(benchmark::State &state)
{
    const QList<V2Device> fleet = SyntheticFleet::devices(u"bench-app"_s, 1000);
    const DeviceConverter converter(benchOptions());
    qsizetype i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(converter.convert(fleet.at(i)));
        i = (i + 1) % fleet.size();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ConvertDevice);

void BM_ConvertAndWrite(benchmark::State &state)
{
    const QList<V2Device> fleet = SyntheticFleet::devices(u"bench-app"_s, int(state.range(0)));
    QTemporaryDir dir;
    const DeviceConverter converter(benchOptions());
    for (auto _ : state) {
        ExportFile file(dir.filePath(u"devices.json"_s));
        file.open();
        for (const V2Device &device : fleet) {
            const DeviceOutcome outcome = converter.convert(device);
            if (outcome.status == OutcomeStatus::Exported)
                file.writeLine(outcome.json);
        }
        if (!file.commit())
            state.SkipWithError("commit failed");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ConvertAndWrite)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// The whole export through ConversionResult (import rules and duplicate checks), as the
// command line runs it (no outcomes kept) and as the wizard does (every outcome kept).
void BM_ConversionResult(benchmark::State &state)
{
    QList<V2ParsedDevice> fleet;
    for (const V2Device &device : SyntheticFleet::devices(u"bench-app"_s, int(state.range(0))))
        fleet.append(V2ParsedDevice { device, QString(), QStringList() });
    for (auto _ : state) {
        auto result = std::make_unique<ConversionResult>(benchOptions(), fleet);
        result->setKeepOutcomes(state.range(1) != 0);
        while (!result->atEnd())
            benchmark::DoNotOptimize(result->convertNext());
        state.PauseTiming(); // freeing the result is not part of the conversion
        result.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ConversionResult)
    ->Args({ 100000, 0 })
    ->Args({ 100000, 1 })
    ->Unit(benchmark::kMillisecond);

// For comparison with BM_ConversionResult/…/1: the converter alone, every outcome kept in a
// list (what the wizard's preview holds anyway).
void BM_ConvertKeepingOutcomes(benchmark::State &state)
{
    const QList<V2Device> fleet = SyntheticFleet::devices(u"bench-app"_s, int(state.range(0)));
    const DeviceConverter converter(benchOptions());
    for (auto _ : state) {
        auto outcomes = std::make_unique<QList<DeviceOutcome>>();
        outcomes->reserve(fleet.size());
        for (const V2Device &device : fleet)
            outcomes->append(converter.convert(device));
        state.PauseTiming();
        outcomes.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ConvertKeepingOutcomes)->Arg(100000)->Unit(benchmark::kMillisecond);

#ifdef TTNMIG_BENCH_HAS_UI
// The preview's model and proxy at fleet size, without a view: what filtering costs by itself.
QList<DeviceOutcome> previewOutcomes(int count)
{
    const QList<V2Device> fleet = SyntheticFleet::devices(u"bench-app"_s, count);
    const DeviceConverter converter(benchOptions());
    QList<DeviceOutcome> outcomes;
    outcomes.reserve(count);
    for (const V2Device &device : fleet)
        outcomes.append(converter.convert(device));
    return outcomes;
}

void BM_PreviewAppendBatches(benchmark::State &state)
{
    const QList<DeviceOutcome> outcomes = previewOutcomes(int(state.range(0)));
    for (auto _ : state) {
        OutcomeTableModel model;
        OutcomeFilterProxy proxy;
        proxy.setSourceModel(&model);
        for (qsizetype i = 0; i < outcomes.size(); i += 1000)
            model.append(outcomes.mid(i, 1000));
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PreviewAppendBatches)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_PreviewTextFilter(benchmark::State &state)
{
    OutcomeTableModel model;
    model.append(previewOutcomes(int(state.range(0))));
    OutcomeFilterProxy proxy;
    proxy.setSourceModel(&model);
    const QStringList keystrokes { u"s"_s, u"se"_s, u"sensor-00042"_s, QString() };
    qsizetype k = 0;
    for (auto _ : state) {
        proxy.setTextFilter(keystrokes.at(k++ % keystrokes.size()));
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}
BENCHMARK(BM_PreviewTextFilter)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_PreviewStatusFilter(benchmark::State &state)
{
    OutcomeTableModel model;
    model.append(previewOutcomes(int(state.range(0))));
    OutcomeFilterProxy proxy;
    proxy.setSourceModel(&model);
    bool skippedOnly = false;
    for (auto _ : state) {
        skippedOnly = !skippedOnly;
        proxy.setStatusFilter(
            skippedOnly ? std::optional<OutcomeStatus>(OutcomeStatus::Skipped) : std::nullopt);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}
BENCHMARK(BM_PreviewStatusFilter)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_PreviewSort(benchmark::State &state)
{
    OutcomeTableModel model;
    model.append(previewOutcomes(int(state.range(0))));
    OutcomeFilterProxy proxy;
    proxy.setSourceModel(&model);
    bool descending = false;
    for (auto _ : state) {
        descending = !descending;
        proxy.sort(
            OutcomeTableModel::V3IdColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}
BENCHMARK(BM_PreviewSort)->Arg(100000)->Unit(benchmark::kMillisecond);
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
