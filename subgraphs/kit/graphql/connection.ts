import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './pagination.js';

/** The Vietnamese descriptions of a connection's two types and their fields. */
export interface ConnectionDescriptions {
  /** `<Name>Connection`. Default: `Một trang <noun>, phân trang theo con trỏ.` */
  connection: string;
  /** `<Name>Connection.edges`. Default: `Các <noun> của trang, kèm con trỏ.` */
  edges: string;
  /** `<Name>Connection.nodes`. Default: `Các <noun> của trang.` */
  nodes: string;
  /** `<Name>Connection.pageInfo`. Default: `Thông tin phân trang.` */
  pageInfo: string;
  /** `<Name>Connection.totalCount`. */
  totalCount: string;
  /** `<Name>Edge`. Default: `Một <noun> trong trang kết quả, kèm con trỏ.` */
  edge: string;
  /** `<Name>Edge.cursor`. Default: "Con trỏ của <noun> này; truyền vào `after` để lấy các bản ghi sau nó." */
  cursor: string;
  /** `<Name>Edge.node`. Default: the noun, capitalised, with a full stop. */
  node: string;
}

export interface ConnectionOptions {
  /** The GraphQL names are `<name>Connection` and `<name>Edge`, e.g. `Parcel`. */
  name: string;
  /** The Vietnamese noun for one node, used in the default descriptions, e.g. `thửa đất`. */
  noun: string;
  /**
   * Wording that differs from the defaults. The committed SDL is a reviewed artifact, so a list that
   * already shipped keeps its wording here rather than taking the defaults.
   */
  descriptions?: Partial<ConnectionDescriptions>;
}

function defaultDescriptions(noun: string): ConnectionDescriptions {
  return {
    connection: `Một trang ${noun}, phân trang theo con trỏ.`,
    edges: `Các ${noun} của trang, kèm con trỏ.`,
    nodes: `Các ${noun} của trang.`,
    pageInfo: 'Thông tin phân trang.',
    totalCount: `Tổng số ${noun} của danh sách (theo bộ lọc và phạm vi được xem), không phụ thuộc trang.`,
    edge: `Một ${noun} trong trang kết quả, kèm con trỏ.`,
    cursor: `Con trỏ của ${noun} này; truyền vào \`after\` để lấy các bản ghi sau nó.`,
    node: `${noun.charAt(0).toUpperCase()}${noun.slice(1)}.`,
  };
}

/**
 * `<Name>Connection { edges, nodes, pageInfo }` and `<Name>Edge { cursor, node }` for a node type:
 * the shape every cursor-paginated list has and the kit's `toPage` fills. Declared once so that a
 * list cannot drift from the others (a field missing, another order of fields).
 */
export function defineConnection<T extends object>(node: ClassType<T>, options: ConnectionOptions) {
  const text = { ...defaultDescriptions(options.noun), ...options.descriptions };

  @ObjectType(`${options.name}Edge`, { description: text.edge })
  class Edge {
    @Field(() => String, { description: text.cursor })
    cursor!: string;

    @Field(() => node, { description: text.node })
    node!: T;
  }

  @ObjectType(`${options.name}Connection`, { description: text.connection })
  class Connection {
    @Field(() => [Edge], { description: text.edges })
    edges!: Edge[];

    @Field(() => [node], { description: text.nodes })
    nodes!: T[];

    @Field(() => PageInfo, { description: text.pageInfo })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: text.totalCount })
    totalCount!: number;
  }
  return Connection;
}
