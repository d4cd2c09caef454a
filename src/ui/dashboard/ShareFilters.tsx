import { Button } from '@zendeskgarden/react-buttons';
import { Field, Select } from '@zendeskgarden/react-forms';
import { choicesOf, NO_FILTERS, type AgeOrder, type RowFilters } from '../../dashboard/attention';
import { SHARE_STATES, type ShareRow } from '../../dashboard/shareRow';
import { useI18n } from '../../i18n/I18nProvider';
import { groupLabel } from './labels';
import { StyledFilters } from './styled';

interface ShareFiltersProps {
  rows: readonly ShareRow[];
  filters: RowFilters;
  onFilters(filters: RowFilters): void;
  order: AgeOrder;
  onOrder(order: AgeOrder): void;
}

/** State, category, area and sharer, and the order by age; each a native select, so the keyboard works as usual. */
export function ShareFilters({ rows, filters, onFilters, order, onOrder }: ShareFiltersProps) {
  const { t } = useI18n();
  const set = (change: Partial<RowFilters>) => onFilters({ ...filters, ...change });
  const filtered = filters.state !== '' || filters.category !== '' || filters.area !== '' || filters.sharer !== '';
  const areas = choicesOf(rows, 'area');
  return (
    <StyledFilters role="group" aria-label={t('dashboard.filters.heading')}>
      <Field>
        <Field.Label>{t('dashboard.filters.state')}</Field.Label>
        <Select data-testid="filter-state" value={filters.state} onChange={(event) => set({ state: event.target.value as RowFilters['state'] })}>
          <option value="">{t('dashboard.filters.any')}</option>
          {SHARE_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`dashboard.state.${state}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Field.Label>{t('dashboard.filters.category')}</Field.Label>
        <Select data-testid="filter-category" value={filters.category} onChange={(event) => set({ category: event.target.value })}>
          <option value="">{t('dashboard.filters.any')}</option>
          {choicesOf(rows, 'category').map((category) => (
            <option key={category} value={category}>
              {groupLabel(t, 'category', category)}
            </option>
          ))}
        </Select>
      </Field>
      {areas.length > 0 && (
        <Field>
          <Field.Label>{t('dashboard.filters.area')}</Field.Label>
          <Select data-testid="filter-area" value={filters.area} onChange={(event) => set({ area: event.target.value })}>
            <option value="">{t('dashboard.filters.any')}</option>
            {areas.map((area) => (
              <option key={area} value={area}>
                {groupLabel(t, 'area', area)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field>
        <Field.Label>{t('dashboard.filters.sharer')}</Field.Label>
        <Select data-testid="filter-sharer" value={filters.sharer} onChange={(event) => set({ sharer: event.target.value })}>
          <option value="">{t('dashboard.filters.any')}</option>
          {choicesOf(rows, 'sharedBy').map((sharer) => (
            <option key={sharer} value={sharer}>
              {sharer}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Field.Label>{t('dashboard.filters.order')}</Field.Label>
        <Select data-testid="sort-order" value={order} onChange={(event) => onOrder(event.target.value === 'newest' ? 'newest' : 'oldest')}>
          <option value="oldest">{t('dashboard.filters.oldest')}</option>
          <option value="newest">{t('dashboard.filters.newest')}</option>
        </Select>
      </Field>
      {filtered && (
        <Button data-testid="clear-filters" isBasic onClick={() => onFilters(NO_FILTERS)}>
          {t('dashboard.filters.clear')}
        </Button>
      )}
    </StyledFilters>
  );
}
