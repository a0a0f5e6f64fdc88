// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transformchaineditor.h"
#include "ui_transformchaineditor.h"

#include "mapping/mapper.h"
#include "mapping/preflightvalidator.h"

#include <QHeaderView>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using Kind = Mapping::Transform::Kind;

namespace {

struct Parameter
{
    QString key;
    QString label; // translated placeholder
    bool integer = false;
};

QList<Parameter> parametersOf(Kind kind)
{
    const auto t = [](const char *text) {
        return QCoreApplication::translate("TransformChainEditor", text);
    };
    switch (kind) {
    case Kind::PhoneE164:
        return {{u"region"_s,
                 t(QT_TRANSLATE_NOOP("TransformChainEditor",
                                     "Region, e.g. US (empty: the mapping's)"))}};
    case Kind::DateFormat:
        return {
            {u"format"_s, t(QT_TRANSLATE_NOOP("TransformChainEditor", "Format, e.g. yyyy-MM-dd"))}};
    case Kind::Join:
    case Kind::Split:
        return {{u"separator"_s, t(QT_TRANSLATE_NOOP("TransformChainEditor", "Separator"))}};
    case Kind::Constant:
    case Kind::DefaultIfEmpty:
        return {{u"value"_s, t(QT_TRANSLATE_NOOP("TransformChainEditor", "Value"))}};
    case Kind::TagPresent:
        return {{u"tag"_s,
                 t(QT_TRANSLATE_NOOP("TransformChainEditor", "Tag (empty: the value's truth)"))},
                {u"present"_s, t(QT_TRANSLATE_NOOP("TransformChainEditor", "Text when present"))},
                {u"absent"_s, t(QT_TRANSLATE_NOOP("TransformChainEditor", "Text when absent"))}};
    case Kind::Truncate:
        return {{u"limit"_s, t(QT_TRANSLATE_NOOP("TransformChainEditor", "Maximum length")), true}};
    case Kind::Trim:
    case Kind::Lower:
    case Kind::Upper:
    case Kind::TitleCase:
        return {};
    }
    return {};
}

constexpr Kind allKinds[]
    = {Kind::Trim,      Kind::Lower,          Kind::Upper,      Kind::TitleCase,
       Kind::PhoneE164, Kind::DateFormat,     Kind::Join,       Kind::Split,
       Kind::Constant,  Kind::DefaultIfEmpty, Kind::TagPresent, Kind::Truncate};

// "truncate (limit: 255)"
QString describe(const Mapping::Transform &step)
{
    QStringList parts;
    const QJsonObject &params = step.parameters();
    for (auto it = params.begin(); it != params.end(); ++it) {
        parts.append(u"%1: %2"_s.arg(it.key(), Mapping::Transform::toText(it.value())));
    }
    const QString name = Mapping::Transform::kindName(step.kind());
    return parts.isEmpty() ? name : u"%1 (%2)"_s.arg(name, parts.join(u", "_s));
}

// The value a rule wrote for `target` in a mapped subscriber.
QString valueFor(const Mapping::DesiredSubscriber &out, const QString &target)
{
    if (target == u"email"_s) {
        return out.email;
    }
    if (target == u"name"_s) {
        return out.name;
    }
    return out.fields.value(target);
}

} // namespace

TransformChainEditor::TransformChainEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TransformChainEditor>())
{
    m_ui->setupUi(this);
    for (const Kind kind : allKinds) {
        m_ui->kindComboBox->addItem(Mapping::Transform::kindName(kind), static_cast<int>(kind));
    }
    m_ui->previewTableWidget->setColumnCount(PreviewColumnCount);
    m_ui->previewTableWidget->setHorizontalHeaderLabels(
        {tr("Sample contact"), tr("Before"), tr("After")});
    QHeaderView *header = m_ui->previewTableWidget->horizontalHeader();
    header->setSectionResizeMode(ContactColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    header->resizeSection(ContactColumn, 200);
    m_ui->previewTableWidget->verticalHeader()->setVisible(false);
    m_ui->warningLabel->setStyleSheet(
        u"QLabel { background: #fff4e5; color: #663c00; padding: 4px; }"_s);

    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this,
            &TransformChainEditor::updateParameterFields);
    connect(m_ui->addButton, &QPushButton::clicked, this, &TransformChainEditor::addFromForm);
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            [this] { removeStep(m_ui->stepsListWidget->currentRow()); });
    connect(m_ui->upButton, &QPushButton::clicked, this,
            [this] { moveStep(m_ui->stepsListWidget->currentRow(), -1); });
    connect(m_ui->downButton, &QPushButton::clicked, this,
            [this] { moveStep(m_ui->stepsListWidget->currentRow(), 1); });
    for (QLineEdit *edit : {m_ui->firstLineEdit, m_ui->secondLineEdit, m_ui->thirdLineEdit}) {
        connect(edit, &QLineEdit::returnPressed, this, &TransformChainEditor::addFromForm);
    }
    updateParameterFields();
    setRule(std::nullopt, {});
}

TransformChainEditor::~TransformChainEditor() = default;

void TransformChainEditor::setContext(const QList<Ghl::Contact> &samples,
                                      const QList<Ghl::CustomFieldDef> &customFields,
                                      const QList<MailerLite::Field> &mailerLiteFields)
{
    m_samples = samples;
    m_customFields = customFields;
    m_mailerLiteFields = mailerLiteFields;
    refreshPreview();
}

void TransformChainEditor::setRule(const std::optional<Mapping::FieldMapping> &rule,
                                   const Mapping::MappingOptions &options)
{
    m_rule = rule;
    m_options = options;
    const bool editable = rule.has_value();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->stepsListWidget, m_ui->kindComboBox, m_ui->addButton, m_ui->removeButton,
             m_ui->upButton, m_ui->downButton, m_ui->firstLineEdit, m_ui->secondLineEdit,
             m_ui->thirdLineEdit}) {
        w->setEnabled(editable);
    }
    m_ui->ruleLabel->setText(
        editable ? tr("Transforms for %1 → %2, applied in order:")
                       .arg(rule->source.displayName(), rule->target)
                 : tr("Select a mapped MailerLite field to edit how its value is transformed."));
    refreshSteps();
    refreshPreview();
}

void TransformChainEditor::updateParameterFields()
{
    const auto kind = static_cast<Kind>(m_ui->kindComboBox->currentData().toInt());
    const QList<Parameter> params = parametersOf(kind);
    const QList<QLineEdit *> edits {m_ui->firstLineEdit, m_ui->secondLineEdit, m_ui->thirdLineEdit};
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const bool used = i < params.size();
        edits.at(i)->setVisible(used);
        edits.at(i)->setPlaceholderText(used ? params.at(i).label : QString());
        edits.at(i)->setAccessibleName(used ? params.at(i).label : QString());
    }
}

void TransformChainEditor::addFromForm()
{
    const auto kind = static_cast<Kind>(m_ui->kindComboBox->currentData().toInt());
    const QStringList values {m_ui->firstLineEdit->text(), m_ui->secondLineEdit->text(),
                              m_ui->thirdLineEdit->text()};
    if (addTransform(kind, values).isEmpty()) {
        m_ui->firstLineEdit->clear();
        m_ui->secondLineEdit->clear();
        m_ui->thirdLineEdit->clear();
    }
}

QString TransformChainEditor::addTransform(Kind kind, const QStringList &parameters)
{
    if (!m_rule) {
        return tr("No rule is selected.");
    }
    QJsonObject json;
    const QList<Parameter> params = parametersOf(kind);
    for (qsizetype i = 0; i < params.size() && i < parameters.size(); ++i) {
        const QString value = parameters.at(i);
        const Parameter &p = params.at(i);
        if (p.integer) {
            bool ok = false;
            const int number = value.trimmed().toInt(&ok);
            json.insert(p.key, ok ? QJsonValue(number) : QJsonValue(value));
        } else if (!value.isEmpty() || kind == Kind::TagPresent || kind == Kind::Constant
                   || kind == Kind::DefaultIfEmpty) {
            // Optional parameters left empty fall back to their defaults.
            if (!(kind == Kind::TagPresent && p.key == u"tag"_s && value.isEmpty())) {
                json.insert(p.key, value);
            }
        }
    }
    const Result<Mapping::Transform> step = Mapping::Transform::create(kind, json);
    if (!step.ok()) {
        m_ui->warningLabel->setText(step.error().message);
        m_ui->warningLabel->setVisible(true);
        return step.error().message;
    }
    Mapping::TransformChain chain = m_rule->transforms;
    chain.append(step.value());
    Q_EMIT chainEdited(m_rule->target, chain);
    return {};
}

void TransformChainEditor::removeStep(int index)
{
    if (!m_rule || index < 0 || index >= m_rule->transforms.steps().size()) {
        return;
    }
    QList<Mapping::Transform> steps = m_rule->transforms.steps();
    steps.removeAt(index);
    Mapping::TransformChain chain;
    for (const Mapping::Transform &s : std::as_const(steps)) {
        chain.append(s);
    }
    Q_EMIT chainEdited(m_rule->target, chain);
}

void TransformChainEditor::moveStep(int index, int delta)
{
    const qsizetype to = index + delta;
    if (!m_rule || index < 0 || index >= m_rule->transforms.steps().size() || to < 0
        || to >= m_rule->transforms.steps().size()) {
        return;
    }
    QList<Mapping::Transform> steps = m_rule->transforms.steps();
    steps.move(index, to);
    Mapping::TransformChain chain;
    for (const Mapping::Transform &s : std::as_const(steps)) {
        chain.append(s);
    }
    const QString target = m_rule->target;
    Q_EMIT chainEdited(target, chain);
    // The rule comes back through setRule(); keep the moved step selected for the next move.
    m_ui->stepsListWidget->setCurrentRow(static_cast<int>(to));
}

void TransformChainEditor::refreshSteps()
{
    m_ui->stepsListWidget->clear();
    if (!m_rule) {
        return;
    }
    for (const Mapping::Transform &step : m_rule->transforms.steps()) {
        m_ui->stepsListWidget->addItem(describe(step));
    }
    if (m_rule->transforms.isEmpty()) {
        m_ui->stepsListWidget->addItem(tr("(no transforms: the value is copied as it is)"));
        m_ui->stepsListWidget->item(0)->setFlags(Qt::NoItemFlags);
    }
}

void TransformChainEditor::refreshPreview()
{
    QTableWidget *table = m_ui->previewTableWidget;
    table->setRowCount(0);
    m_warnings.clear();
    if (!m_rule) {
        m_ui->warningLabel->setVisible(false);
        return;
    }
    Mapping::Mapping withChain;
    withChain.options = m_options;
    withChain.fields = {*m_rule};
    Mapping::Mapping without = withChain;
    without.fields.first().transforms = {};
    Mapping::Mapper after(withChain, m_customFields);
    Mapping::Mapper before(without, m_customFields);
    const Mapping::PreflightValidator validator(m_mailerLiteFields);
    const QString target = m_rule->target;
    int rejected = 0;
    table->setRowCount(static_cast<int>(m_samples.size()));
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const Ghl::Contact &contact = m_samples.at(i);
        const Mapping::DesiredSubscriber was = before.map(contact);
        const Mapping::DesiredSubscriber now = after.map(contact);
        QString result = valueFor(now, target);
        QStringList problems;
        for (const auto &error : now.errors) {
            if (error.field == target) {
                problems.append(error.message);
            }
        }
        for (const Mapping::PreflightIssue &issue : validator.validate(now)) {
            if (issue.field == target) {
                problems.append(issue.message);
            }
        }
        const QString name
            = contact.fullName().trimmed().isEmpty() ? contact.id : contact.fullName();
        auto *afterItem
            = new QTableWidgetItem(problems.isEmpty() ? result : tr("⚠ %1").arg(problems.first()));
        if (!problems.isEmpty()) {
            ++rejected;
            afterItem->setForeground(QColor(0x9a, 0x1c, 0x1c));
            afterItem->setToolTip(problems.join(u'\n'));
            if (m_warnings.size() < 3) {
                m_warnings.append(tr("%1: %2").arg(name, problems.first()));
            }
        }
        table->setItem(static_cast<int>(i), ContactColumn, new QTableWidgetItem(name));
        table->setItem(static_cast<int>(i), BeforeColumn,
                       new QTableWidgetItem(valueFor(was, target)));
        table->setItem(static_cast<int>(i), AfterColumn, afterItem);
    }
    if (m_samples.isEmpty()) {
        m_ui->warningLabel->setText(tr("No sample contacts loaded: nothing to preview."));
    } else if (rejected > 0) {
        m_ui->warningLabel->setText(
            tr("%n of %1 sample contact(s) would be rejected by MailerLite for %2:", nullptr,
               rejected)
                .arg(m_samples.size())
                .arg(target)
            + u"\n"_s + m_warnings.join(u'\n'));
    }
    m_ui->warningLabel->setVisible(m_samples.isEmpty() || rejected > 0);
}
