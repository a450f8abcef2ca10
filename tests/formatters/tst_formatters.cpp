#include "formatters/formatterconverter.h"
#include "formatters/formatterfile.h"
#include "formatters/formatterrunner.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// A typical v2 application: temperature and humidity, a Converter that scales and a
// Validator that refuses impossible values.
const QString kDecoder = uR"(function Decoder(bytes, port) {
  var decoded = {};
  if (port === 1) {
    decoded.raw_temperature = (bytes[0] << 8) | bytes[1];
    decoded.humidity = bytes[2];
  }
  return decoded;
})"_s;
const QString kConverter = uR"(function Converter(decoded, port) {
  var converted = decoded;
  if (converted.raw_temperature !== undefined) {
    converted.temperature = converted.raw_temperature / 100;
    delete converted.raw_temperature;
  }
  return converted;
})"_s;
const QString kValidator = uR"(function Validator(converted, port) {
  if (port !== 1) {
    return false;
  }
  return converted.humidity <= 100;
})"_s;
const QString kEncoder = uR"(function Encoder(object, port) {
  return [object.led ? 1 : 0];
})"_s;

V2Formatters custom(const QString &decoder, const QString &converter = QString(),
    const QString &validator = QString(), const QString &encoder = QString())
{
    return { u"custom"_s, decoder, converter, validator, encoder };
}

} // namespace

class TstFormatters : public QObject
{
    Q_OBJECT
private slots:
    void noFormatters()
    {
        const FormatterPlan plan = FormatterConverter::fromV2(u"app"_s, V2Formatters());
        QCOMPARE(plan.row, FormatterPlan::Row::None);
        QVERIFY(!plan.hasTarget());
        QCOMPARE(plan.notes.size(), 1);
        QVERIFY(plan.problems.isEmpty());
    }

    void cayenneLpp()
    {
        const FormatterPlan plan
            = FormatterConverter::fromV2(u"app"_s, { u"cayennelpp"_s, {}, {}, {}, {} });
        QCOMPARE(plan.row, FormatterPlan::Row::CayenneLpp);
        QCOMPARE(plan.target.up.formatter, u"FORMATTER_CAYENNELPP"_s);
        QCOMPARE(plan.target.down.formatter, u"FORMATTER_CAYENNELPP"_s);
        QCOMPARE(plan.target.toJson().value(u"up_formatter_parameter"_s).toString(), QString());
    }

    void decoderOnlyIsTheScriptAsIs()
    {
        const FormatterPlan plan = FormatterConverter::fromV2(u"app"_s, custom(kDecoder));
        QCOMPARE(plan.row, FormatterPlan::Row::Script);
        QCOMPARE(plan.target.up.formatter, u"FORMATTER_JAVASCRIPT"_s);
        QCOMPARE(plan.target.up.parameter, kDecoder);
        QVERIFY(!plan.target.down.isSet());
        QCOMPARE(plan.target.toJson().value(u"down_formatter"_s).toString(), u"FORMATTER_NONE"_s);
        QVERIFY(!plan.validatorBecomesErrors);
    }

    void decoderAndEncoder()
    {
        const FormatterPlan plan
            = FormatterConverter::fromV2(u"app"_s, custom(kDecoder, {}, {}, kEncoder));
        QCOMPARE(plan.row, FormatterPlan::Row::Script);
        QCOMPARE(plan.target.up.parameter, kDecoder);
        QCOMPARE(plan.target.down.formatter, u"FORMATTER_JAVASCRIPT"_s);
        QCOMPARE(plan.target.down.parameter, kEncoder);
    }

    void encoderOnly()
    {
        const FormatterPlan plan
            = FormatterConverter::fromV2(u"app"_s, custom({}, {}, {}, kEncoder));
        QVERIFY(!plan.target.up.isSet());
        QCOMPARE(plan.target.down.parameter, kEncoder);
    }

    void converterWithoutDecoderSetsNothing()
    {
        const FormatterPlan plan = FormatterConverter::fromV2(u"app"_s, custom({}, kConverter));
        QVERIFY(!plan.hasTarget());
        QCOMPARE(plan.problems.size(), 1);
    }

    void chainKeepsTheFunctionsAndAddsDecodeUplink_data()
    {
        QTest::addColumn<QString>("converter");
        QTest::addColumn<QString>("validator");
        QTest::newRow("converter") << kConverter << QString();
        QTest::newRow("validator") << QString() << kValidator;
        QTest::newRow("both") << kConverter << kValidator;
    }

    void chainKeepsTheFunctionsAndAddsDecodeUplink()
    {
        QFETCH(QString, converter);
        QFETCH(QString, validator);
        const FormatterPlan plan
            = FormatterConverter::fromV2(u"app"_s, custom(kDecoder, converter, validator));
        QCOMPARE(plan.row, FormatterPlan::Row::Chain);
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(u'\n')));
        const QString script = plan.target.up.parameter;
        QVERIFY(script.startsWith(kDecoder));
        QVERIFY(script.contains(converter));
        QVERIFY(script.contains(validator));
        QVERIFY(script.contains(u"function decodeUplink(input)"_s));
        QCOMPARE(plan.validatorBecomesErrors, !validator.isEmpty());
    }

    // The migrated formatter gives TTS the fields v2 gave, or an error where v2 dropped.
    void migratedGivesTheSameFields_data()
    {
        QTest::addColumn<QString>("converter");
        QTest::addColumn<QString>("validator");
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<int>("fPort");
        QTest::addColumn<int>("v2Status");
        const int decoded = int(FormatterResult::Status::Decoded);
        const int dropped = int(FormatterResult::Status::Dropped);
        QTest::newRow("decoder only") << QString() << QString() << "09c432"_ba << 1 << decoded;
        QTest::newRow("other port") << QString() << QString() << "01"_ba << 2 << decoded;
        QTest::newRow("converter") << kConverter << QString() << "09c432"_ba << 1 << decoded;
        QTest::newRow("all three") << kConverter << kValidator << "09c432"_ba << 1 << decoded;
        QTest::newRow("validator false: humidity")
            << kConverter << kValidator << "09c4ff"_ba << 1 << dropped;
        QTest::newRow("validator false: port")
            << kConverter << kValidator << "09c432"_ba << 7 << dropped;
    }

    void migratedGivesTheSameFields()
    {
        QFETCH(QString, converter);
        QFETCH(QString, validator);
        QFETCH(QByteArray, hex);
        QFETCH(int, fPort);
        QFETCH(int, v2Status);
        const FormatterPlan plan
            = FormatterConverter::fromV2(u"app"_s, custom(kDecoder, converter, validator));
        const FormatterComparison c
            = FormatterRunner().compare(plan, QByteArray::fromHex(hex), fPort);
        QCOMPARE(int(c.v2.status), v2Status);
        QVERIFY2(c.equivalent(), qPrintable(c.tts.errors.join(u'\n')));
        if (c.v2.status == FormatterResult::Status::Dropped)
            QVERIFY(c.tts.errors.first().contains(u"v2 Validator"_s));
    }

    void decodedFieldsAreTheExpectedOnes()
    {
        const FormatterPlan plan
            = FormatterConverter::fromV2(u"app"_s, custom(kDecoder, kConverter, kValidator));
        const FormatterComparison c
            = FormatterRunner().compare(plan, QByteArray::fromHex("09c432"), 1);
        QCOMPARE(c.tts.data.value(u"temperature"_s).toDouble(), 25.0);
        QCOMPARE(c.tts.data.value(u"humidity"_s).toInt(), 50);
        QVERIFY(!c.tts.data.contains(u"raw_temperature"_s));
    }

    void scriptOverTheLimitIsNotSet()
    {
        const QString padding = u"// "_s + QString(FormatterConverter::kMaxScriptLength, u'x');
        const FormatterPlan plan
            = FormatterConverter::fromV2(u"app"_s, custom(kDecoder + u'\n' + padding));
        QVERIFY(!plan.target.up.isSet());
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(plan.problems.first().contains(u"40960"_s));
        QVERIFY(plan.upScriptNotSet.endsWith(padding));
    }

    void scriptThatDoesNotCompileIsNotSet()
    {
        const FormatterPlan plan = FormatterConverter::fromV2(
            u"app"_s, custom(u"function Decoder(bytes, port) { return {;"_s, {}, {}, kEncoder));
        QVERIFY(!plan.target.up.isSet());
        QVERIFY(plan.target.down.isSet()); // the other direction is not affected
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(plan.problems.first().contains(u"does not compile"_s));
        QVERIFY(plan.problems.first().contains(u"line 1"_s));
    }

    void nameCollisionIsNotSet_data()
    {
        QTest::addColumn<QString>("converter");
        QTest::addColumn<QString>("extra");
        QTest::newRow("decoder-only script with decodeUplink")
            << QString() << u"function decodeUplink(input) { return {}; }"_s;
        QTest::newRow("chain with decodeUplink") << kConverter << u"var decodeUplink = 1;"_s;
        QTest::newRow("helper in decoder and converter")
            << (kConverter + u"\nfunction scale(x) { return x * 2; }"_s)
            << u"function scale(x) { return x; }"_s;
    }

    void nameCollisionIsNotSet()
    {
        QFETCH(QString, converter);
        QFETCH(QString, extra);
        const FormatterPlan plan
            = FormatterConverter::fromV2(u"app"_s, custom(kDecoder + u'\n' + extra, converter));
        QVERIFY(!plan.target.up.isSet());
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(!plan.upScriptNotSet.isEmpty());
    }

    void encoderDefiningEncodeDownlinkIsNotSet()
    {
        const FormatterPlan plan = FormatterConverter::fromV2(u"app"_s,
            custom(kDecoder, {}, {}, kEncoder + u"\nfunction encodeDownlink(i) { return {}; }"_s));
        QVERIFY(plan.target.up.isSet());
        QVERIFY(!plan.target.down.isSet());
        QVERIFY(plan.problems.first().contains(u"encodeDownlink"_s));
    }

    void endlessLoopIsStopped()
    {
        const V2Formatters loop = custom(u"function Decoder(bytes, port) { while (true) {} }"_s);
        const FormatterRunner runner(100);
        QCOMPARE(runner.runV2(loop, "\x01"_ba, 1).status, FormatterResult::Status::TimedOut);
        const FormatterResult tts
            = runner.runTts({ u"FORMATTER_JAVASCRIPT"_s, loop.decoder }, "\x01"_ba, 1);
        QCOMPARE(tts.status, FormatterResult::Status::TimedOut);
        // The engine works again after an interrupted call.
        QCOMPARE(runner.runV2(custom(kDecoder), "\x01\x02\x03"_ba, 1).status,
            FormatterResult::Status::Decoded);
    }

    void endlessLoopAtTopLevelDoesNotCompile()
    {
        const FormatterPlan plan
            = FormatterConverter::fromV2(u"app"_s, custom(u"while (true) {}\n"_s + kDecoder));
        QVERIFY(!plan.target.up.isSet());
        QCOMPARE(plan.problems.size(), 1);
    }

    void v2ErrorsAreReported()
    {
        const FormatterRunner runner;
        QCOMPARE(
            runner.runV2(custom(u"function Decoder(b, p) { return 1; }"_s), "\x01"_ba, 1).status,
            FormatterResult::Status::Failed);
        QCOMPARE(runner
                     .runV2(custom(kDecoder, {}, u"function Validator(c, p) { return 1; }"_s),
                         "\x01"_ba, 1)
                     .status,
            FormatterResult::Status::Failed);
        const FormatterResult thrown = runner.runTts(
            { u"FORMATTER_JAVASCRIPT"_s, u"function Decoder(b, p) { throw new Error('bad'); }"_s },
            "\x01"_ba, 1);
        QCOMPARE(thrown.status, FormatterResult::Status::Failed);
        QVERIFY(thrown.errors.first().contains(u"bad"_s));
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString exportPath = dir.filePath(u"devices.json"_s);
        const QString path = FormatterFile::pathBeside(exportPath);
        QCOMPARE(path, dir.filePath(u"devices.formatters.json"_s));
        const FormatterPlan plan = FormatterConverter::fromV2(
            u"app"_s, custom(kDecoder, kConverter, kValidator, kEncoder));
        QString error;
        QVERIFY(FormatterFile::save(path, plan, &error));
        QCOMPARE(FormatterFile::findBeside({ exportPath }), path);
        QCOMPARE(FormatterFile::findBeside({ dir.filePath(u"devices-002.json"_s) }), path);
        const FormatterFile::Loaded loaded = FormatterFile::load(path);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QCOMPARE(loaded.plan.source, plan.source);
        QCOMPARE(loaded.plan.target, plan.target);
        QCOMPARE(loaded.plan.row, plan.row);
        QCOMPARE(loaded.plan.notes, plan.notes);
        QVERIFY(loaded.plan.validatorBecomesErrors);
        QVERIFY(FormatterFile::findBeside({ dir.filePath(u"other.json"_s) }).isEmpty());
    }

    // The tts source: another TTS application's default formatters move as they are.
    void ttsFormattersAreCopiedAsTheyAre()
    {
        const FormatterPlan none = FormatterConverter::fromTts(u"app"_s, TtsFormatters());
        QCOMPARE(none.row, FormatterPlan::Row::None);
        QVERIFY(!none.hasTarget());

        TtsFormatters source;
        source.up = { u"FORMATTER_JAVASCRIPT"_s, kDecoder };
        source.down = { u"FORMATTER_CAYENNELPP"_s, QString() };
        const FormatterPlan plan = FormatterConverter::fromTts(u"app"_s, source);
        QCOMPARE(plan.row, FormatterPlan::Row::Copied);
        QCOMPARE(plan.target, source);
        QVERIFY(plan.problems.isEmpty());

        QTemporaryDir dir;
        const QString path = FormatterFile::pathBeside(dir.filePath(u"devices.json"_s));
        QString error;
        QVERIFY(FormatterFile::save(path, plan, &error));
        const FormatterFile::Loaded loaded = FormatterFile::load(path);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QCOMPARE(loaded.plan.row, FormatterPlan::Row::Copied);
        QCOMPARE(loaded.plan.target, source);
    }
};

QTEST_GUILESS_MAIN(TstFormatters)
#include "tst_formatters.moc"
