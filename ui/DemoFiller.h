// DemoFiller fills the demo database with DemoGenerator's company on a worker thread (its own
// connection, released when done) while a progress dialog shows how far it is and offers to
// cancel, so that the user interface stays responsive. A cancelled or failed run leaves the
// database as empty as it was.
#pragma once

#include "services/DemoGenerator.h"

#include <QCoreApplication>

class QWidget;

namespace frontline {

class DemoFiller
{
    Q_DECLARE_TR_FUNCTIONS(frontline::DemoFiller)
public:
    // Whether db holds no customers at all (not even deleted ones): what the generator needs.
    static bool isEmpty(Database &db);
    // Runs the generator with options (the progress callback is the filler's own) and returns
    // its result; result.cancelled when the user cancelled.
    static DemoGenerator::Result fill(Database &db, DemoGenerator::Options options = {},
                                      QWidget *parent = nullptr);
};

} // namespace frontline
