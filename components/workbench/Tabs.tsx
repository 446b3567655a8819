"use client";
import { useRef } from "react";
import { TABS, useSession, type Tab } from "@/lib/store/session";

/**
 * The workbench tabs, as a WAI-ARIA tablist: arrow keys move between tabs,
 * Home/End jump to the ends, and only the selected tab is in the tab order.
 */
export function Tabs({ panels }: { panels: Record<Tab, React.ReactNode> }) {
  const tab = useSession((s) => s.tab);
  const setTab = useSession((s) => s.setTab);
  const buttons = useRef<Map<Tab, HTMLButtonElement>>(new Map());

  function move(to: Tab) {
    setTab(to);
    buttons.current.get(to)?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent, index: number) {
    const last = TABS.length - 1;
    const target =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (target === null) return;
    event.preventDefault();
    move(TABS[target] as Tab);
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label="Workbench views">
        {TABS.map((name, index) => (
          <button
            key={name}
            ref={(el) => {
              if (el) buttons.current.set(name, el);
            }}
            role="tab"
            type="button"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0} className="panel">
        {panels[tab]}
      </div>
    </div>
  );
}
