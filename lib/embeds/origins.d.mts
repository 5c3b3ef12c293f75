export declare const mastodonServers: string[];
export declare const embedFrameOrigins: string[];
export declare function isEmbedFrameUrl(src: string): boolean;
