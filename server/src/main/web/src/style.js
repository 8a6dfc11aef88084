// Colours and line styles shared by the network and the timeline.
export const KIND_COLOURS = {
  armed_group: '#1f77b4',
  coalition: '#ff7f0e',
  operations_room: '#bcbd22',
  state: '#2ca02c',
  state_force: '#17becf',
  agency: '#9467bd',
  party: '#8c564b',
  person: '#e377c2',
  place: '#7f7f7f',
  ideology: '#aec7e8',
};

// membership, alliance, fighting, support, allegiance, defection (+ the lineage relations)
export const RELATION_STYLES = {
  member_of: { color: '#ff7f0e', line: 'solid', arrow: 'triangle', label: 'membership' },
  allied_with: { color: '#2ca02c', line: 'solid', arrow: 'none', label: 'alliance' },
  fought: { color: '#d62728', line: 'dashed', arrow: 'none', label: 'fighting' },
  supported_by: { color: '#9467bd', line: 'dotted', arrow: 'triangle', label: 'support' },
  pledged_allegiance_to: { color: '#8c564b', line: 'dashed', arrow: 'triangle', label: 'allegiance' },
  defected_to: { color: '#e377c2', line: 'dotted', arrow: 'triangle', label: 'defection' },
  merged_into: { color: '#555555', line: 'solid', arrow: 'triangle', label: 'merger' },
  split_from: { color: '#555555', line: 'dashed', arrow: 'triangle', label: 'split' },
  renamed_to: { color: '#999999', line: 'dotted', arrow: 'triangle', label: 'renaming' },
  led_by: { color: '#17becf', line: 'solid', arrow: 'triangle', label: 'leadership' },
  operates_in: { color: '#bbbbbb', line: 'dotted', arrow: 'triangle', label: 'operates in' },
  ideology: { color: '#cccccc', line: 'dotted', arrow: 'triangle', label: 'ideology' },
};

export const DEFAULT_RELATIONS = ['member_of', 'allied_with', 'fought', 'supported_by', 'pledged_allegiance_to',
  'defected_to', 'merged_into', 'split_from'];
