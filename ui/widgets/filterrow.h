#pragma once

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QString;
class QWidget;

// "Show: [which rows]   Search: [text]" above a table, each label the buddy of its field.
// The page passes its own label texts: mnemonics must be unique among the page's controls,
// so the letters are the page's to choose (and its translators').
namespace FilterRow {
QHBoxLayout *create(QWidget *parent, const QString &showText, QComboBox *show,
    const QString &searchText, QLineEdit *search);
}
