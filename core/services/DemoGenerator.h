// DemoGenerator fills an empty database with a believable Chinese sales organisation and its
// history, for demonstrations, screenshots, training and performance work: a company with
// regional teams, managers, reps of different skill, support and admin staff with written
// duties; a product catalogue; company and individual customers with real-looking phones and
// e-mails; visits and calls that lead to orders; an opportunity funnel; tasks. Orders follow the
// Chinese business year (the Spring Festival dip, the year-end peak).
//
// Everything derives from the seed and a fixed "today": the same options give the same data
// (apart from uuids, sync clocks and device ids, which are random by design). The whole run is
// one transaction: cancelled or failed, it leaves nothing behind.
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace frontline {

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(frontline::DemoGenerator)
public:
    // Called now and then with the share done (0–100) and what is being made; returning false
    // cancels the run, and nothing it wrote stays in the database.
    using Progress = std::function<bool(int percent, QString stage)>;

    struct Options
    {
        quint64 seed = 1;
        int reps = 20;
        int customers = 2000;
        int months = 24;                    // of history, ending with the month of today
        qint64 orderLines = 30000;          // exactly this many order lines
        QDate today = QDate::currentDate(); // the day the history ends; dates are relative to it
        Progress progress;
    };

    // What was written (rows per kind), or why nothing was.
    struct Result
    {
        QString error;          // empty on success
        bool cancelled = false; // stopped through the progress callback (error says so too)
        qint64 teams = 0;
        qint64 members = 0;
        qint64 products = 0;
        qint64 customers = 0;
        qint64 contacts = 0;
        qint64 activities = 0;
        qint64 opportunities = 0;
        qint64 stageChanges = 0;
        qint64 orders = 0;
        qint64 orderLines = 0;
        qint64 tasks = 0;
        qint64 targets = 0;         // monthly revenue, collected and visit targets of every rep
        qint64 trainings = 0;       // training sessions (with attendance and scores)
        qint64 plans = 0;           // development plans, one per rep
        qint64 commissionPlans = 0; // one for the reps
        qint64 revenueFen = 0;      // total of the orders that were not cancelled
        qint64 payments = 0;        // collected payments (回款) of the orders
        qint64 collectedFen = 0;    // their total
        bool ok() const { return error.isEmpty(); }
    };

    DemoGenerator() = default;
    explicit DemoGenerator(Options options);

    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // A problem with the options, in words for the user; empty when they are fine.
    static QString checkOptions(const Options &options);

    // Fills db, which must be open for writing and hold no customers yet. Runs on the calling
    // thread with that thread's connection (a worker thread may run it; the progress callback is
    // then called there). The last report, 100 after the commit, can no longer cancel. The
    // connection's page cache is raised for the run (about 280 MiB for a million order lines).
    Result generate(Database &db);

private:
    Options m_options;
};

} // namespace frontline
