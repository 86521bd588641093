'use client';

import '@xyflow/react/dist/style.css';
import { Background, Controls, ReactFlow, ReactFlowProvider, useReactFlow, type Edge } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { VisibleGraph } from './build-visible-graph';
import { CapiNode, type CapiFlowNode } from './capi-node';
import { buildNavigation, navigate, type NavigationKey } from './graph-navigation';
import { DEFAULT_LAYOUT, layoutTree } from './layout-tree';

const NODE_TYPES = { capi: CapiNode };
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
/** Beyond this many nodes only those in the viewport are in the DOM. */
const VIRTUALIZE_ABOVE = 150;

export interface ClusterGraphProps {
  graph: VisibleGraph;
  selectedId: string | undefined;
  /** Centre on this node once it is laid out (deep link). */
  centreId: string | undefined;
  onSelect: (id: string | undefined) => void;
  onActivate: (id: string) => void;
}

function findNodeElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

function GraphCanvas(props: ClusterGraphProps) {
  const { graph, selectedId, centreId, onSelect, onActivate } = props;
  const flow = useReactFlow();
  const positions = useMemo(() => layoutTree(graph.nodes), [graph.nodes]);
  const navigation = useMemo(() => buildNavigation(graph.nodes.map((n) => n.id), graph.edges), [graph.nodes, graph.edges]);
  const nodes = useMemo<CapiFlowNode[]>(
    () =>
      graph.nodes.map((node) => ({
        id: node.id,
        type: 'capi',
        position: positions.get(node.id) ?? { x: 0, y: 0 },
        selected: node.id === selectedId,
        draggable: false,
        connectable: false,
        ariaLabel: `${node.kind} ${node.name}`,
        data: { node, highlighted: graph.highlighted.has(node.id), failing: graph.failingId === node.id, expandable: node.relation === 'Group' },
      })),
    [graph, positions, selectedId],
  );
  const edges = useMemo<Edge[]>(
    () =>
      graph.edges.map((edge) => {
        const hot = graph.highlighted.has(edge.from) && graph.highlighted.has(edge.to);
        return { id: `${edge.from}->${edge.to}`, source: edge.from, target: edge.to, type: 'smoothstep', focusable: false, ...(hot ? { style: { stroke: '#dc2626', strokeWidth: 3 }, animated: true } : {}) };
      }),
    [graph],
  );

  const centre = useCallback(
    (id: string) => {
      const position = positions.get(id);
      if (!position) return;
      void flow.setCenter(position.x + DEFAULT_LAYOUT.nodeWidth / 2, position.y + DEFAULT_LAYOUT.nodeHeight / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 0 });
    },
    [flow, positions],
  );
  const focusNode = useCallback(
    (id: string) => {
      centre(id);
      let frames = 0;
      const attempt = () => {
        const element = findNodeElement(id);
        if (element) element.focus();
        else if ((frames += 1) < 20) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    [centre],
  );

  const [ready, setReady] = useState(false);
  const centred = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!ready || !centreId || centred.current === centreId || !positions.has(centreId)) return;
    centred.current = centreId;
    centre(centreId);
  }, [ready, centreId, positions, centre]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      onSelect(undefined);
      return;
    }
    const current = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
    if (!current) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      onActivate(current);
      return;
    }
    if (!ARROWS.has(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    const target = navigate(navigation, current, event.key as NavigationKey);
    if (target) focusNode(target);
  };

  return (
    <div className="h-[70vh] min-h-[420px] w-full rounded-lg border border-slate-200 bg-white" onKeyDownCapture={onKeyDown} role="group" aria-label="Cluster graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        onlyRenderVisibleElements={nodes.length > VIRTUALIZE_ABOVE}
        minZoom={0.05}
        fitView={!centreId}
        fitViewOptions={{ maxZoom: 1 }}
        onNodeClick={(_, node) => onActivate(node.id)}
        onPaneClick={() => onSelect(undefined)}
        onInit={() => setReady(true)}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

export function ClusterGraph(props: ClusterGraphProps) {
  return (
    <ReactFlowProvider>
      <GraphCanvas {...props} />
    </ReactFlowProvider>
  );
}
