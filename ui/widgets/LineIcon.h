// LineIcon draws Frontline's icons with QPainter: outlines on a 24-unit grid in the palette's
// text colour (highlighted text when selected, a muted tone when disabled), so they stay sharp
// at any size and follow light and dark themes. They are drawn in code because Qt's SVG plugin
// is not part of every Qt installation Frontline builds against.
#pragma once

#include <QIcon>

namespace frontline {

class LineIcon
{
public:
    enum Shape
    {
        Dashboard,
        Customers,
        Visits,
        Opportunities,
        Orders,
        Team,
        Performance,
        Tasks,
        ImportExport,
        Settings,
        Eye,
        EyeOff,
        Database,
        Search,
        Add,
        Back,
        Edit,
        Delete,
        Restore,
        Board,
        List,
        Check,
        Sync,      // two arrows chasing each other round: sync and backups
        Lock,      // the idle lock and the login screen
        Shield,    // administration
        Frontline, // the application icon, in colour
    };

    static QIcon icon(Shape shape);
};

} // namespace frontline
