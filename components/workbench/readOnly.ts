"use client";
import { createContext, useContext } from "react";

/** True while a shared model is shown: views hide every control that would change it. */
export const ReadOnlyContext = createContext(false);
export const useReadOnly = () => useContext(ReadOnlyContext);
